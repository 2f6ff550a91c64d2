#include "catalog/load.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace mllmseg {
namespace {

using Json = nlohmann::ordered_json;

// A valid one-paper record; tests change one thing in it.
Json paper_record(std::string key = "a") {
  return Json{{"key", key},         {"name", "A"},
              {"title", "A Title"}, {"venue", "CVPR'24"},
              {"year", 2024},       {"tasks", Json::array({"res"})},
              {"arxiv", nullptr},   {"pdf", "https://x/a.pdf"},
              {"code", nullptr}};
}

std::string document(const std::vector<Json>& papers) {
  Json doc{{"papers", Json::array()}};
  for (const auto& p : papers) {
    doc["papers"].push_back(p);
  }
  return doc.dump();
}

std::string load_error(std::string_view bytes) {
  auto result = parse_catalog(bytes, "x.json");
  EXPECT_FALSE(result.ok()) << bytes;
  return result.ok() ? std::string("<ok>") : result.error();
}

std::string record_error(const Json& record) { return load_error(document({record})); }

// --- the real catalog ------------------------------------------------------

TEST(ParseCatalog, LoadsTheRealCatalog) {
  const std::string bytes = test::read_text_file(test::source_path("catalog/papers.json"));
  auto catalog = parse_catalog(bytes, "catalog/papers.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("mllmseg-catalog/1", catalog->format);
  EXPECT_EQ("Awesome-MLLM-Segmentation", catalog->title);
  EXPECT_EQ("https://github.com/mc-lan/Awesome-MLLM-Segmentation", catalog->source);
  EXPECT_EQ("2026-01-21", catalog->updated);
  EXPECT_EQ("https://raw.githubusercontent.com/mc-lan/Awesome-MLLM-Segmentation/main/README.md",
            catalog->updated_from);
  ASSERT_EQ(74u, catalog->papers.size());
  EXPECT_EQ("lisa", catalog->papers.front().key);
  EXPECT_EQ("decaf", catalog->papers.back().key);
}

TEST(ParseCatalog, ReadsSections) {
  const Catalog& c = test::real_catalog();
  ASSERT_EQ(3u, c.sections.size());
  EXPECT_EQ(Task::res, c.sections[0].task);
  EXPECT_EQ("Referring Expression Segmentation", c.sections[0].heading);
  EXPECT_EQ(3, c.sections[0].level);
  EXPECT_EQ(std::optional<std::string>("Image Segmentation"), c.sections[0].parent);
  EXPECT_EQ(Task::ovss, c.sections[1].task);
  EXPECT_EQ(std::optional<std::string>("Image Segmentation"), c.sections[1].parent);
  EXPECT_EQ(Task::video, c.sections[2].task);
  EXPECT_EQ("Video Segmentation", c.sections[2].heading);
  EXPECT_EQ(2, c.sections[2].level);
  EXPECT_EQ(std::nullopt, c.sections[2].parent);
}

TEST(ParseCatalog, ReadsEveryFieldOfARecord) {
  const Paper& lisa = test::real_catalog().papers.front();
  EXPECT_EQ("LISA", lisa.name);
  EXPECT_EQ("LISA: Reasoning Segmentation via Large Language Model", lisa.title);
  EXPECT_EQ("CVPR'24", lisa.venue);
  EXPECT_EQ(2024, lisa.year);
  EXPECT_EQ(std::nullopt, lisa.month);
  EXPECT_EQ(test::k_res, lisa.tasks);
  EXPECT_EQ(std::optional<std::string>("2308.00692"), lisa.arxiv);
  EXPECT_EQ("https://arxiv.org/abs/2308.00692", lisa.pdf);
  EXPECT_EQ(std::optional<std::string>("https://github.com/dvlab-research/LISA"), lisa.code);
  EXPECT_EQ(std::nullopt, lisa.doi);
  ASSERT_EQ(1u, lisa.entries.size());
  EXPECT_EQ(Task::res, lisa.entries[0].task);
  EXPECT_EQ(1, lisa.entries[0].number);
  EXPECT_EQ("1001", lisa.entries[0].id);
  EXPECT_TRUE(lisa.fixes.empty());
}

TEST(ParseCatalog, ArxivVenueHasAMonth) {
  const Store& store = test::real_store();
  const Paper& lavaseg = store.paper(test::id_of(store, "lavaseg"));
  EXPECT_EQ("ArXiv'2403", lavaseg.venue);
  EXPECT_EQ(2024, lavaseg.year);
  EXPECT_EQ(std::optional<int>(3), lavaseg.month);
  EXPECT_EQ(std::nullopt, lavaseg.code);
}

TEST(ParseCatalog, LlmformerHasADoiAndNoArxivId) {
  const Store& store = test::real_store();
  const Paper& p = store.paper(test::id_of(store, "llmformer"));
  EXPECT_EQ(std::optional<std::string>("10.1007/s11263-024-02171-y"), p.doi);
  EXPECT_EQ(std::nullopt, p.arxiv);
  EXPECT_EQ("https://link.springer.com/article/10.1007/s11263-024-02171-y", p.pdf);
}

TEST(ParseCatalog, VitronHasTwoFixes) {
  const Store& store = test::real_store();
  const Paper& p = store.paper(test::id_of(store, "vitron"));
  EXPECT_EQ(test::k_res | test::k_video, p.tasks);
  ASSERT_EQ(2u, p.fixes.size());
  EXPECT_EQ("1013", p.fixes[0].entry);
  EXPECT_EQ("name", p.fixes[0].field);
  EXPECT_EQ("VITRON ", p.fixes[0].listed);
  EXPECT_EQ("VITRON", p.fixes[0].curated);
  EXPECT_EQ("Trailing space inside the bracketed name.", p.fixes[0].why);
  EXPECT_EQ("3003", p.fixes[1].entry);
  ASSERT_EQ(2u, p.entries.size());
  EXPECT_EQ(Task::video, p.entries[1].task);
  EXPECT_EQ(3, p.entries[1].number);
  EXPECT_EQ("3003", p.entries[1].id);
}

// --- minimal documents -------------------------------------------------------

TEST(ParseCatalog, MinimalDocumentNeedsOnlyPapers) {
  auto catalog = parse_catalog(R"({"papers": []})", "x.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("", catalog->format);
  EXPECT_EQ("", catalog->title);
  EXPECT_TRUE(catalog->sections.empty());
  EXPECT_TRUE(catalog->papers.empty());
}

TEST(ParseCatalog, OptionalFieldsMayBeAbsentOrNull) {
  Json record = paper_record();
  record["month"] = nullptr;
  record["doi"] = nullptr;
  record["authors"] = Json::array({"Ada", "Bob"});
  record["abstract"] = "Text.";
  record["code"] = "https://github.com/a/a";
  auto catalog = parse_catalog(document({record}), "x.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  const Paper& p = catalog->papers.at(0);
  EXPECT_EQ(std::nullopt, p.month);
  EXPECT_EQ(std::nullopt, p.doi);
  EXPECT_EQ((std::vector<std::string>{"Ada", "Bob"}), p.authors);
  EXPECT_EQ(std::optional<std::string>("Text."), p.abstract);
  EXPECT_EQ(std::optional<std::string>("https://github.com/a/a"), p.code);
}

TEST(ParseCatalog, TasksBecomeABitSet) {
  Json record = paper_record();
  record["tasks"] = Json::array({"video", "res"});
  auto catalog = parse_catalog(document({record}), "x.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ(test::k_res | test::k_video, catalog->papers.at(0).tasks);
}

// --- malformed JSON --------------------------------------------------------

TEST(ParseCatalogErrors, MalformedJsonNamesFileLineAndColumn) {
  EXPECT_EQ("x.json:4:3: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal",
            load_error("{\n  \"papers\": [\n    1,\n  ]\n}\n"));
}

TEST(ParseCatalogErrors, MalformedJsonOnTheFirstLine) {
  EXPECT_EQ("x.json:1:11: syntax error while parsing object separator - unexpected '}'; expected ':'",
            load_error("{\"papers\" }"));
}

TEST(ParseCatalogErrors, MissingCommaAfterAMultiLineValue) {
  // The column is that of the last character read: the end of "title".
  EXPECT_EQ("x.json:3:9: syntax error while parsing object - unexpected string literal; expected '}'",
            load_error("{\n  \"papers\": []\n  \"title\": \"t\"\n}"));
}

TEST(ParseCatalogErrors, EmptyInput) {
  EXPECT_EQ("x.json: empty file; expected a JSON object with a \"papers\" array", load_error(""));
}

TEST(ParseCatalogErrors, WhitespaceOnlyInputIsEmpty) {
  EXPECT_EQ("x.json: empty file; expected a JSON object with a \"papers\" array", load_error(" \n\t\r\n"));
}

TEST(ParseCatalogErrors, TruncatedInput) {
  // End of input is reported one column past the last character.
  EXPECT_EQ(
      "x.json:2:14: syntax error while parsing value - unexpected end of input; expected '[', '{', or a "
      "literal",
      load_error("{\n  \"papers\": ["));
}

TEST(ParseCatalogErrors, InvalidUtf8InsideAString) {
  EXPECT_EQ(
      "x.json:2:17: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: "
      "'\"ab\xFF'",
      load_error("{\n  \"papers\": [\"ab\xFF\"]\n}"));
}

TEST(ParseCatalogErrors, OriginNamesTheSource) {
  auto result = parse_catalog("{", "<stdin>");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(
      "<stdin>:1:2: syntax error while parsing object key - unexpected end of input; expected string literal",
      result.error());
}

// --- document shape ----------------------------------------------------------

TEST(ParseCatalogErrors, TopLevelArray) {
  EXPECT_EQ("x.json: expected a JSON object with a \"papers\" array, found array", load_error("[]"));
}

TEST(ParseCatalogErrors, TopLevelString) {
  EXPECT_EQ("x.json: expected a JSON object with a \"papers\" array, found string", load_error("\"papers\""));
}

TEST(ParseCatalogErrors, MissingPapers) {
  EXPECT_EQ("x.json: missing \"papers\" array", load_error(R"({"title": "t"})"));
}

TEST(ParseCatalogErrors, PapersNotAnArray) {
  EXPECT_EQ("x.json: \"papers\" must be an array, found object", load_error(R"({"papers": {}})"));
  EXPECT_EQ("x.json: \"papers\" must be an array, found null", load_error(R"({"papers": null})"));
}

TEST(ParseCatalogErrors, TitleNotAString) {
  EXPECT_EQ("x.json: \"title\" must be a string, found number", load_error(R"({"title": 1, "papers": []})"));
}

TEST(ParseCatalogErrors, BadSection) {
  EXPECT_EQ("x.json: sections[0]: field \"task\" must be one of res, ovss, video",
            load_error(R"({"sections": [{"task": "image", "heading": "H"}], "papers": []})"));
  EXPECT_EQ(
      "x.json: sections[1]: field \"level\" must be an integer from 1 to 6",
      load_error(
          R"({"sections": [{"task": "res", "heading": "H"}, {"task": "res", "heading": "H", "level": 7}], "papers": []})"));
  EXPECT_EQ("x.json: sections[0]: expected an object, found string",
            load_error(R"({"sections": ["res"], "papers": []})"));
}

TEST(ParseCatalogErrors, PaperNotAnObject) {
  EXPECT_EQ("x.json: papers[1]: expected an object, found number",
            load_error(document({paper_record("a"), Json(3)})));
}

// --- paper records -----------------------------------------------------------

TEST(ParseCatalogErrors, MissingFieldNamesIndexAndKey) {
  Json record = paper_record("b");
  record.erase("name");
  EXPECT_EQ("x.json: papers[1] (key \"b\"): missing field \"name\"",
            load_error(document({paper_record("a"), record})));
}

TEST(ParseCatalogErrors, MissingKeyNamesIndexOnly) {
  Json record = paper_record();
  record.erase("key");
  EXPECT_EQ("x.json: papers[0]: missing field \"key\"", record_error(record));
}

TEST(ParseCatalogErrors, MissingNullableFieldIsStillMissing) {
  Json record = paper_record();
  record.erase("code");
  EXPECT_EQ("x.json: papers[0] (key \"a\"): missing field \"code\"", record_error(record));
  record = paper_record();
  record.erase("arxiv");
  EXPECT_EQ("x.json: papers[0] (key \"a\"): missing field \"arxiv\"", record_error(record));
}

TEST(ParseCatalogErrors, IllTypedFields) {
  Json record = paper_record();
  record["year"] = "2024";
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"year\" must be an integer, found string",
            record_error(record));
  record = paper_record();
  record["year"] = 2024.5;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"year\" must be an integer, found number",
            record_error(record));
  record = paper_record();
  record["title"] = nullptr;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"title\" must be a string, found null",
            record_error(record));
  record = paper_record();
  record["code"] = 5;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"code\" must be a string or null, found number",
            record_error(record));
  record = paper_record();
  record["tasks"] = "res";
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"tasks\" must be an array of task ids, found string",
            record_error(record));
  record = paper_record();
  record["authors"] = Json::array({"Ada", 1});
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"authors\" must be an array of strings, found number",
            record_error(record));
}

TEST(ParseCatalogErrors, KeyIsNotAString) {
  Json record = paper_record();
  record["key"] = 7;
  EXPECT_EQ("x.json: papers[0]: field \"key\" must be a string, found number", record_error(record));
}

TEST(ParseCatalogErrors, KeyNotASlug) {
  EXPECT_EQ("x.json: papers[0]: field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"Lisa\"",
            record_error(paper_record("Lisa")));
  EXPECT_EQ(
      "x.json: papers[0]: field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"omg llava\"",
      record_error(paper_record("omg llava")));
  EXPECT_EQ("x.json: papers[0]: field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"\"",
            record_error(paper_record("")));
}

TEST(ParseCatalogErrors, DuplicateKey) {
  EXPECT_EQ("x.json: papers[2] (key \"a\"): duplicate key, first used by papers[0]",
            load_error(document({paper_record("a"), paper_record("b"), paper_record("a")})));
}

TEST(ParseCatalogErrors, UnknownTask) {
  Json record = paper_record();
  record["tasks"] = Json::array({"res", "image"});
  EXPECT_EQ(
      "x.json: papers[0] (key \"a\"): unknown task \"image\" in \"tasks\" (expected res, ovss or video)",
      record_error(record));
}

TEST(ParseCatalogErrors, MonthOutOfRange) {
  Json record = paper_record();
  record["month"] = 13;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"month\" must be from 1 to 12, found 13",
            record_error(record));
  record["month"] = 0;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"month\" must be from 1 to 12, found 0",
            record_error(record));
}

TEST(ParseCatalogErrors, YearOutOfIntRange) {
  Json record = paper_record();
  record["year"] = 3000000000LL;
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"year\" is out of range: 3000000000",
            record_error(record));
}

TEST(ParseCatalogErrors, YearBeyondInt64IsOutOfRange) {
  const std::string bytes = R"({"papers": [{"key": "a", "name": "A", "title": "T", "venue": "CVPR'24",
    "year": 18446744073709551615, "tasks": ["res"], "arxiv": null, "pdf": "p", "code": null}]})";
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"year\" is out of range: 18446744073709551615",
            load_error(bytes));
}

TEST(ParseCatalogErrors, SectionLevelBeyondIntIsOutOfRange) {
  EXPECT_EQ(
      "x.json: sections[0]: field \"level\" must be an integer from 1 to 6",
      load_error(R"({"sections": [{"task": "res", "heading": "H", "level": 4294967297}], "papers": []})"));
}

TEST(ParseCatalogErrors, BadEntry) {
  Json record = paper_record();
  record["entries"] = Json::array({Json{{"task", "res"}, {"number", 1}}});
  EXPECT_EQ("x.json: papers[0] (key \"a\"): missing field \"id\" in \"entries\"", record_error(record));
  record["entries"] = Json::array({Json{{"task", "res"}, {"number", "1"}, {"id", "1001"}}});
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"entries.number\" must be an integer, found string",
            record_error(record));
  record["entries"] = Json::array({Json{{"task", "res"}, {"number", 1}, {"id", 1001}}});
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"id\" in \"entries\" must be a string, found number",
            record_error(record));
}

TEST(ParseCatalogErrors, BadFix) {
  Json record = paper_record();
  record["fixes"] =
      Json::array({Json{{"entry", "1001"}, {"field", "name"}, {"listed", "A "}, {"curated", "A"}}});
  EXPECT_EQ("x.json: papers[0] (key \"a\"): missing field \"why\" in \"fixes\"", record_error(record));
  record["fixes"] = Json{{"entry", "1001"}};
  EXPECT_EQ("x.json: papers[0] (key \"a\"): field \"fixes\" must be an array, found object",
            record_error(record));
}

TEST(ParseCatalog, EmptyTaskListIsAccepted) {
  // docs/catalog-format.md: "the loader accepts an empty array".
  Json record = paper_record();
  record["tasks"] = Json::array();
  auto result = parse_catalog(document({record}), "x.json");
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(0, result->papers.at(0).tasks);
}

TEST(ParseCatalog, UnknownMembersAreIgnored) {
  Json record = paper_record();
  record["stars"] = 12;
  auto result = parse_catalog("{\"version\": 2, \"papers\": [" + record.dump() + "]}", "x.json");
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(1u, result->papers.size());
}

}  // namespace
}  // namespace mllmseg
