#include "format/json.h"

#include <gtest/gtest.h>

#include "catalog/load.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

Paper full_paper() {
  Paper p = test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res | test::k_video,
                             "https://github.com/magic-research/Sa2VA", "Sa2VA: Marrying SAM2 with LLaVA");
  p.month = 1;
  p.arxiv = "2501.04001";
  p.pdf = "https://arxiv.org/abs/2501.04001";
  p.doi = "10.1/x";
  p.entries = {Entry{Task::res, 31, "1031"}, Entry{Task::video, 5, "3005"}};
  p.fixes = {Fix{"1031", "name", "Sa2VA ", "Sa2VA", "Trailing space."}};
  return p;
}

Paper bare_paper() { return test::make_paper("a", "A", "CVPR'24", 2024, test::k_ovss); }

TEST(PaperJson, WritesEveryFieldInCatalogOrder) {
  EXPECT_EQ(
      R"({"key":"sa2va","name":"Sa2VA","title":"Sa2VA: Marrying SAM2 with LLaVA","venue":"ArXiv'2501","year":2025,)"
      R"("month":1,"tasks":["res","video"],"arxiv":"2501.04001","doi":"10.1/x","pdf":"https://arxiv.org/abs/2501.04001",)"
      R"("code":"https://github.com/magic-research/Sa2VA",)"
      R"("entries":[{"task":"res","number":31,"id":"1031"},{"task":"video","number":5,"id":"3005"}],)"
      R"("fixes":[{"entry":"1031","field":"name","listed":"Sa2VA ","curated":"Sa2VA","why":"Trailing space."}]})",
      dump(paper_json(full_paper()), -1));
}

TEST(PaperJson, LeavesOutAbsentOptionalFieldsAndWritesNulls) {
  EXPECT_EQ(R"({"key":"a","name":"A","title":"A: A Paper","venue":"CVPR'24","year":2024,"tasks":["ovss"],)"
            R"("arxiv":null,"pdf":"https://example.org/a.pdf","code":null})",
            dump(paper_json(bare_paper()), -1));
}

TEST(PaperJson, AuthorsAndAbstractWhenPresent) {
  Paper p = bare_paper();
  p.authors = {"Ada Lovelace", "Alan Turing"};
  p.abstract = "Short.";
  EXPECT_EQ(
      R"({"key":"a","name":"A","title":"A: A Paper","authors":["Ada Lovelace","Alan Turing"],"venue":"CVPR'24",)"
      R"("year":2024,"tasks":["ovss"],"arxiv":null,"pdf":"https://example.org/a.pdf","code":null,)"
      R"("abstract":"Short."})",
      dump(paper_json(p), -1));
}

TEST(PaperJson, AuthorsFollowTheTitleAndAbstractTheCode) {
  Paper p = full_paper();
  p.authors = {"Ada"};
  p.abstract = "Short.";
  EXPECT_EQ(
      R"({"key":"sa2va","name":"Sa2VA","title":"Sa2VA: Marrying SAM2 with LLaVA","authors":["Ada"],)"
      R"("venue":"ArXiv'2501","year":2025,"month":1,"tasks":["res","video"],"arxiv":"2501.04001","doi":"10.1/x",)"
      R"("pdf":"https://arxiv.org/abs/2501.04001","code":"https://github.com/magic-research/Sa2VA",)"
      R"("abstract":"Short.",)"
      R"("entries":[{"task":"res","number":31,"id":"1031"},{"task":"video","number":5,"id":"3005"}],)"
      R"("fixes":[{"entry":"1031","field":"name","listed":"Sa2VA ","curated":"Sa2VA","why":"Trailing space."}]})",
      dump(paper_json(p), -1));
}

TEST(Dump, ReplacesInvalidUtf8InsteadOfThrowing) {
  EXPECT_EQ(
      "\"a\xEF\xBF\xBD"
      "b\"",
      dump(OrderedJson("a\xFF"
                       "b"),
           -1));
}

TEST(PapersArray, CompactIsOneLine) {
  std::vector<Paper> papers{bare_paper(),
                            test::make_paper("b", "B", "ICLR'25", 2025, test::k_res, "https://c")};
  const auto store = test::store_of(std::move(papers));
  const std::vector<DocId> ids{1, 0};
  EXPECT_EQ(R"([{"key":"b","name":"B","title":"B: A Paper","venue":"ICLR'25","year":2025,"tasks":["res"],)"
            R"("arxiv":null,"pdf":"https://example.org/b.pdf","code":"https://c"},)"
            R"({"key":"a","name":"A","title":"A: A Paper","venue":"CVPR'24","year":2024,"tasks":["ovss"],)"
            R"("arxiv":null,"pdf":"https://example.org/a.pdf","code":null}])"
            "\n",
            papers_array(*store, ids, false));
}

TEST(PapersArray, PrettyIsIndentedByTwoSpaces) {
  const auto store = test::store_of({bare_paper()});
  const std::vector<DocId> ids{0};
  EXPECT_EQ(
      "[\n"
      "  {\n"
      "    \"key\": \"a\",\n"
      "    \"name\": \"A\",\n"
      "    \"title\": \"A: A Paper\",\n"
      "    \"venue\": \"CVPR'24\",\n"
      "    \"year\": 2024,\n"
      "    \"tasks\": [\n"
      "      \"ovss\"\n"
      "    ],\n"
      "    \"arxiv\": null,\n"
      "    \"pdf\": \"https://example.org/a.pdf\",\n"
      "    \"code\": null\n"
      "  }\n"
      "]\n",
      papers_array(*store, ids, true));
}

TEST(PapersArray, NoPapers) {
  const auto store = test::store_of({bare_paper()});
  EXPECT_EQ("[]\n", papers_array(*store, {}, false));
  EXPECT_EQ("[]\n", papers_array(*store, {}, true));
}

TEST(CatalogDocument, RealCatalogIsByteForByteTheSourceFile) {
  const Store& store = test::real_store();
  const std::vector<DocId> ids = store.all();
  EXPECT_EQ(test::read_text_file(test::source_path("catalog/papers.json")), catalog_document(store, ids));
}

TEST(CatalogDocument, MinimalCatalogGetsAFormat) {
  const auto store = test::store_of({});
  EXPECT_EQ("{\n  \"format\": \"mllmseg-catalog/1\",\n  \"papers\": []\n}\n", catalog_document(*store, {}));
}

TEST(CatalogDocument, LoadsAgainToTheSamePapers) {
  const Store& store = test::real_store();
  const std::vector<DocId> ids = test::ids_of(store, {"llmformer", "vitron", "lavaseg", "hyperseg"});
  auto again = parse_catalog(catalog_document(store, ids), "out.json");
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(store.catalog().title, again->title);
  EXPECT_EQ(store.catalog().source, again->source);
  EXPECT_EQ(3u, again->sections.size());
  ASSERT_EQ(ids.size(), again->papers.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    EXPECT_TRUE(test::same_paper(store.paper(ids[i]), again->papers[i]));
  }
}

TEST(PapersArray, LoadsAgainToTheSamePapers) {
  Paper with_extras = full_paper();
  with_extras.authors = {"Ada", "Bob"};
  with_extras.abstract = "Text with \"quotes\" and \xC3\xA9.";
  const auto store = test::store_of({with_extras, bare_paper()});
  const std::vector<DocId> ids{0, 1};
  for (bool pretty : {false, true}) {
    auto again = parse_catalog("{\"papers\": " + papers_array(*store, ids, pretty) + "}", "out.json");
    ASSERT_TRUE(again.ok()) << again.error();
    ASSERT_EQ(2u, again->papers.size());
    EXPECT_TRUE(test::same_paper(store->paper(0), again->papers[0]));
    EXPECT_TRUE(test::same_paper(store->paper(1), again->papers[1]));
  }
}

// A list long enough to be written in parts on several threads, of papers
// that alternate between many fields and few, so that a paper unpacked into
// the memory of the one before keeps nothing of it: the same text as
// nlohmann-json writes of the papers one by one.
TEST(PapersArray, ALongListIsWrittenAsOneArrayOfEachPaper) {
  Paper rich = full_paper();
  rich.authors = {"Ada", "Bob"};
  rich.abstract = "Text with \"quotes\", a tab\t and \xC3\xA9.";
  rich.listed = "2025-01-09";
  rich.authors_source = AuthorSource{{"https://arxiv.org/abs/2501.04001"}, true, "note", {"Cy"}};
  Paper project = test::make_paper("p", "P", "ECCV'24", 2024, test::k_res);
  project.project = "https://p.github.io";
  const auto store = test::store_of({rich, bare_paper(), project});
  std::vector<DocId> ids;
  for (std::size_t i = 0; i < 20011; ++i) {
    ids.push_back(static_cast<DocId>((i * 7) % 3));
  }
  // Each paper's text in a compact array and as the item of a pretty one,
  // as nlohmann-json writes them.
  std::vector<std::string> compact;
  std::vector<std::string> pretty;
  for (DocId id = 0; id < store->size(); ++id) {
    compact.push_back(dump(paper_json(store->paper(id)), -1));
    const std::string alone = dump(OrderedJson::array({paper_json(store->paper(id))}), 2);
    pretty.push_back(alone.substr(2, alone.size() - 4));  // without "[\n" and "\n]"
  }
  std::string expected_compact = "[";
  std::string expected_pretty = "[\n";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    expected_compact += (i > 0 ? "," : "") + compact[ids[i]];
    expected_pretty += (i > 0 ? ",\n" : "") + pretty[ids[i]];
  }
  EXPECT_EQ(expected_compact + "]\n", papers_array(*store, ids, false));
  EXPECT_EQ(expected_pretty + "\n]\n", papers_array(*store, ids, true));
}

}  // namespace
}  // namespace mllmseg::format
