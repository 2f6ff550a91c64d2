// The field lists --json FIELDS checks against, held equal to what each JSON
// writer really writes, so that a new member cannot be left out of them.
#include <gtest/gtest.h>

#include "diff/diff.h"
#include "format/cache.h"
#include "format/info.h"
#include "format/json.h"
#include "format/json_output.h"
#include "format/related.h"
#include "format/stats.h"
#include "lint/lint.h"
#include "query/related.h"
#include "query/stats.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::vector<std::string> keys_of(const OrderedJson& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) {
    keys.push_back(key);
  }
  return keys;
}

std::vector<std::string> strings(std::span<const std::string_view> fields) {
  return {fields.begin(), fields.end()};
}

// A paper with every optional member paper_json can write.
Paper full_paper(std::string key, std::string name) {
  Paper p = test::make_paper(key, name, "ArXiv'2501", 2025, test::k_res | test::k_video,
                             "https://github.com/x/" + key, name + ": Reasoning Video Segmentation");
  p.authors = {"Haobo Yuan", "Xiangtai Li"};
  p.month = 1;
  p.submitted = "2025-01-07";
  p.published = "2025-03-01";
  p.listed = "2025-01-09";
  p.listed_by = "Someone";
  p.arxiv = "2501.04001";
  p.doi = "10.1/x";
  p.project = "https://example.org/" + key;
  p.abstract = "We segment.";
  p.entries = {Entry{Task::res, 31, "1031"}};
  p.fixes = {Fix{"1031", "name", "X ", "X", "Trailing space."}};
  p.authors_source = AuthorSource{{"https://arxiv.org/abs/2501.04001"}, true, std::nullopt, {}};
  return p;
}

TEST(JsonFields, PaperFieldsAreWhatBothPaperWritersWrite) {
  EXPECT_EQ(strings(paper_fields()), keys_of(paper_json(full_paper("sa2va", "Sa2VA"))));
  const auto store = test::store_of({full_paper("sa2va", "Sa2VA")});
  const auto array = OrderedJson::parse(papers_array(*store, store->all(), false));
  EXPECT_EQ(strings(paper_fields()), keys_of(array.at(0)));
}

TEST(JsonFields, RelatedFieldsAreAPapersThenScoreAndReasons) {
  const auto store = test::store_of({full_paper("sa2va", "Sa2VA"), full_paper("sa2va-pro", "Sa2VA-Pro")});
  const auto papers = related(*store, 0, std::nullopt);
  ASSERT_EQ(1u, papers.size());
  EXPECT_EQ(strings(related_fields()), keys_of(related_json(*store, 0, papers).at(0)));
  EXPECT_EQ("score", related_fields()[related_fields().size() - 2]);
}

TEST(JsonFields, StatsFieldsAreStatsJsonsMembers) {
  const auto store = test::store_of({full_paper("sa2va", "Sa2VA")});
  EXPECT_EQ(strings(stats_fields()), keys_of(stats_json(count_papers(*store, store->all()))));
}

TEST(JsonFields, DiffFieldsAreDiffJsonsMembers) {
  const Catalog before = test::catalog_of({full_paper("sa2va", "Sa2VA")});
  const Catalog after = test::catalog_of({full_paper("lisa", "LISA")});
  EXPECT_EQ(strings(diff::json_fields()),
            keys_of(diff::diff_json(diff::compare(before, after, diff::Fields::all))));
}

TEST(JsonFields, LintFieldsAreAFindingsMembers) {
  const std::vector<lint::Finding> findings = {{12, "himtok", "section-conflict", "HiMTok has code x"}};
  EXPECT_EQ(strings(lint::finding_fields()), keys_of(lint::findings_json(findings, "l.md").at(0)));
}

TEST(JsonFields, InfoFieldsAreInfoJsonsMembers) {
  EXPECT_EQ(strings(info_fields()), keys_of(info_json(CatalogInfo{})));
}

// --- telling FIELDS from a word, and reading it ------------------------------------

TEST(JsonFields, CacheFieldsAreEachSnapshotsMembers) {
  const CachedSnapshot snapshot{"/c/1.snapshot", "/d/big.json", 3, 100, "2026-12-02T17:00:00Z", "current"};
  const auto json = cache_json(std::span(&snapshot, 1));
  ASSERT_EQ(1u, json.size());
  EXPECT_EQ(strings(cache_fields()), keys_of(json[0]));
}

TEST(JsonFields, AWordIsAFieldListOnlyWhenEveryItemIsAField) {
  EXPECT_TRUE(is_field_list("key", paper_fields()));
  EXPECT_TRUE(is_field_list("key,title,authors", paper_fields()));
  EXPECT_FALSE(is_field_list("sam2", paper_fields()));
  EXPECT_FALSE(is_field_list("key,sam2", paper_fields()));
  EXPECT_FALSE(is_field_list("key,", paper_fields()));
  EXPECT_FALSE(is_field_list("", paper_fields()));
  EXPECT_FALSE(is_field_list("Key", paper_fields()));
  EXPECT_FALSE(is_field_list("key", stats_fields()));
}

TEST(JsonFields, ParsesAListInItsOrderEachFieldOnce) {
  const auto fields = parse_fields("title,key,title", paper_fields(), "list");
  ASSERT_TRUE(fields) << fields.error();
  EXPECT_EQ((std::vector<std::string>{"title", "key"}), *fields);
}

TEST(JsonFields, AnUnknownFieldIsAnErrorWithTheNearestAndEveryField) {
  const auto typo = parse_fields("key,titel", paper_fields(), "list");
  ASSERT_FALSE(typo);
  EXPECT_EQ(
      "unknown field 'titel' for list (did you mean 'title'?); fields: key, name, title, authors, venue, "
      "year, month, submitted, published, listed, listed_by, tasks, arxiv, doi, pdf, code, project, "
      "abstract, entries, fixes, authors_source",
      typo.error());
  const auto far = parse_fields("zzzzzz", stats_fields(), "stats");
  ASSERT_FALSE(far);
  EXPECT_EQ(
      "unknown field 'zzzzzz' for stats; fields: papers, years, venues, tasks, code, authors, "
      "without_authors, listed, without_listed",
      far.error());
}

TEST(JsonFields, AnEmptyListOrItemIsAnError) {
  const auto none = parse_fields("", info_fields(), "info");
  ASSERT_FALSE(none);
  EXPECT_EQ(
      "no field given for info; fields: catalog, source, papers, with_code, with_authors, updated, "
      "updated_from, user_catalog, snapshot",
      none.error());
  const auto empty = parse_fields("file,,rule", lint::finding_fields(), "lint");
  ASSERT_FALSE(empty);
  EXPECT_EQ("empty field name in 'file,,rule' for lint; fields: file, line, key, rule, message",
            empty.error());
}

// --- selecting and writing ---------------------------------------------------------------

TEST(JsonFields, SelectsEachElementsFieldsInTheOrderAskedAbsentOnesNull) {
  const auto papers =
      OrderedJson::parse(R"([{"key": "a", "title": "A", "doi": "10.1/a"}, {"key": "b", "title": "B"}])");
  const std::vector<std::string> fields = {"doi", "key"};
  EXPECT_EQ(R"([{"doi":"10.1/a","key":"a"},{"doi":null,"key":"b"}])",
            dump(select_fields(papers, fields), -1));
}

TEST(JsonFields, SelectsAnObjectsOwnMembers) {
  const auto stats =
      OrderedJson::parse(R"({"papers": 3, "years": [{"year": 2024, "papers": 3}], "code": {"with": 1}})");
  const std::vector<std::string> fields = {"code", "papers"};
  EXPECT_EQ(R"({"code":{"with":1},"papers":3})", dump(select_fields(stats, fields), -1));
}

TEST(JsonOutput, WritesCompactOrIndentedThenThroughJq) {
  const auto value = OrderedJson::parse(R"([{"key": "a", "year": 2024}, {"key": "b", "year": 2025}])");
  EXPECT_EQ("[{\"key\":\"a\",\"year\":2024},{\"key\":\"b\",\"year\":2025}]\n", *render_json(value, {}));
  EXPECT_EQ("[\n  {\n    \"year\": 2024\n  },\n  {\n    \"year\": 2025\n  }\n]\n",
            *render_json(value, {{"year"}, std::nullopt, true}));
  EXPECT_EQ("a\nb\n", *render_json(value, {{}, ".[].key", false}));
  EXPECT_EQ("[null,null]\n", *render_json(value, {{"year"}, "[.[].key]", false}));
  const auto error = render_json(value, {{}, ".[", false});
  ASSERT_FALSE(error);
  EXPECT_EQ("syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1",
            error.error());
}

TEST(JsonOutput, PapersWithEveryFieldAreTheFastWritersText) {
  const auto store = test::store_of({full_paper("sa2va", "Sa2VA"), full_paper("lisa", "LISA")});
  EXPECT_EQ(papers_array(*store, store->all(), true),
            *render_papers(*store, store->all(), {{}, std::nullopt, true}));
  EXPECT_EQ(
      R"([{"key":"sa2va","project":"https://example.org/sa2va"},{"key":"lisa","project":"https://example.org/lisa"}])"
      "\n",
      *render_papers(*store, store->all(), {{"key", "project"}, std::nullopt, false}));
  EXPECT_EQ("sa2va 2025\nlisa 2025\n",
            *render_papers(*store, store->all(), {{}, R"jq(.[] | "\(.key) \(.year)")jq", false}));
  EXPECT_EQ("[]\n", *render_papers(*store, {}, {{"key"}, std::nullopt, false}));
}

}  // namespace
}  // namespace mllmseg::format
