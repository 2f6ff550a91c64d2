// The simdjson reader behind the catalog loader (catalog/json_reader.h): what
// it reads, and what it leaves to nlohmann-json (false), which parse_catalog
// then asks for the message, so that the two readers never disagree on a
// document.

#include <gtest/gtest.h>
#include <simdjson.h>

#include <memory>
#include <string>

#include "catalog/json_reader.h"
#include "catalog/load.h"
#include "catalog/simdjson_library.h"

namespace mllmseg::json {
namespace {

// The document of text, or nullopt when the reader gives up on it.
std::unique_ptr<Document> read(std::string_view text) {
  auto doc = std::make_unique<Document>();
  if (!read_document(text, *doc)) {
    return nullptr;
  }
  return doc;
}

std::string string_of(std::string_view text) { return std::string(read(text)->tree.root().string()); }

TEST(JsonReader, ReadsEscapesAndSurrogatePairsAsUtf8) {
  EXPECT_EQ("a\"b\\c/d\b\f\n\r\t", string_of(R"("a\"b\\c\/d\b\f\n\r\t")"));
  EXPECT_EQ("\xC3\xA9 \xF0\x9F\x98\x80", string_of(R"("\u00e9 \ud83d\uDE00")"));
  EXPECT_EQ(std::string("a\0b", 3), string_of(R"("a\u0000b")"));
  EXPECT_EQ("caf\xC3\xA9", string_of("\"caf\xC3\xA9\""));
}

TEST(JsonReader, FindsSpecialBytesAtEveryPositionOfLongStrings) {
  // simdjson reads 64 bytes at a time; put each kind of special byte at each
  // position of the first blocks.
  for (std::size_t at = 0; at < 140; ++at) {
    const std::string before(at, 'a');
    EXPECT_EQ(before + "\"" + before, string_of("\"" + before + "\\\"" + before + "\"")) << at;
    EXPECT_EQ(before + "\xC3\xA9z", string_of("\"" + before + "\xC3\xA9z\"")) << at;
    EXPECT_FALSE(read("\"" + before + "\x01" + before + "\"")) << at;
    EXPECT_FALSE(read("\"" + before + "\xFF" + before + "\"")) << at;
    EXPECT_FALSE(read("\"" + before)) << at;
  }
}

TEST(JsonReader, GivesUpOnWhatIsNotJson) {
  for (const char* bad : {R"("\ud83d")",
                          R"("\ude00")",
                          R"("\x")",
                          "\"a\tb\"",
                          "\"\xC3\"",
                          "\"\xED\xA0\x80\"",
                          "\"\xC0\xAF\"",
                          "01",
                          "1.",
                          "-",
                          "1e",
                          "[1,]",
                          "{\"a\":1,}",
                          "[1 2]",
                          "tru",
                          "nul",
                          "{\"a\" 1}",
                          "{1: 2}",
                          "[",
                          "\"abc",
                          "[1]]",
                          "1e400",
                          "-1e309"}) {
    EXPECT_FALSE(read(bad)) << bad;
  }
}

TEST(JsonReader, KnowsIntegersFromOtherNumbersAsNlohmannDoes) {
  EXPECT_EQ(2024, read("2024")->tree.root().as_int());
  EXPECT_EQ(-2147483648, read("-2147483648")->tree.root().as_int());
  EXPECT_EQ(std::nullopt, read("2147483648")->tree.root().as_int());
  EXPECT_EQ(Kind::integer, read("18446744073709551615")->tree.root().kind());
  EXPECT_EQ(Kind::number, read("18446744073709551616")->tree.root().kind());
  EXPECT_EQ(Kind::number, read("2024.0")->tree.root().kind());
  EXPECT_EQ(Kind::number, read("2e3")->tree.root().kind());
  EXPECT_STREQ("number", read("-9223372036854775809")->tree.root().type_name());
}

TEST(JsonReader, RefusesAMemberTwiceInSmallAndLargeObjects) {
  EXPECT_FALSE(read(R"({"a": 1, "b": {"a": 2}, "a": 3})"));
  EXPECT_TRUE(read(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}]})"));
  std::string large = "{";
  for (int i = 0; i < 100; ++i) {
    large += "\"m" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  }
  EXPECT_TRUE(read(large + "\"last\": 0}"));
  EXPECT_FALSE(read(large + "\"m7\": 0}"));
  // A name after an array member is still checked against those before it.
  EXPECT_FALSE(read(R"({"a": [1], "a": 2})"));
  EXPECT_FALSE(read(R"({"x": {"a": "", "b": {"c": [""], "c": ""}}})"));
  EXPECT_FALSE(read(large + "\"list\": [[1], {\"m7\": 1}], \"m7\": 0}"));
}

TEST(JsonReader, WalksMembersAndElementsInOrder) {
  const auto doc = read(R"( {"a": [1, [2, 3], {"x": null}], "b": true, "c": "s"} )");
  ASSERT_TRUE(doc);
  const Value root = doc->tree.root();
  EXPECT_EQ(3u, root.size());
  EXPECT_EQ(3u, root.find("a")->size());
  EXPECT_TRUE(root.find("b")->boolean());
  EXPECT_EQ("s", root.find("c")->string());
  EXPECT_FALSE(root.find("d"));
  std::string keys;
  for (Value member : root) {
    keys += member.key();
  }
  EXPECT_EQ("abc", keys);
}

TEST(JsonReader, NestsAMillionDeepWithoutRecursion) {
  const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  EXPECT_TRUE(read(deep));
}

TEST(JsonReader, ANulByteIsNoEndOfTheDocument) {
  // nlohmann-json takes a NUL byte for the end of its input, so that what
  // followed one went unread; the reader refuses it, and so does
  // parse_json_document, with the place (tests/unit/hostile_input_test.cc).
  EXPECT_FALSE(read(std::string("{}\0trailing", 11)));
  EXPECT_FALSE(read(std::string("{} \n\0", 5)));
  EXPECT_TRUE(read("{} \n\t\r\n"));
  EXPECT_TRUE(read("\xEF\xBB\xBF{}"));
}

TEST(JsonReader, ADocumentLeftToNlohmannStillLoads) {
  // 1e-400 underflows: nlohmann-json reads it as 0, this reader gives up;
  // parse_catalog then reads nlohmann-json's own rendering of the document.
  const auto catalog = parse_catalog(R"({"x": 1e-400, "title": "T", "papers": []})", "c.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("T", catalog->title);
}

TEST(JsonReader, ReadCatalogHandsOverPapersOneByOne) {
  const std::string doc = R"({"papers": [
    {"key": "a", "name": "A", "title": "T", "venue": "V", "year": 2024, "tasks": ["res"], "arxiv": null, "pdf": "p", "code": null},
    {"key": "b", "name": "B", "title": "T", "venue": "V", "year": 2025, "tasks": [], "arxiv": null, "pdf": "p", "code": null}],
    "title": "Later"})";
  std::string seen;
  std::vector<std::size_t> offsets;
  const auto catalog = read_catalog(
      doc, "c.json", [&](std::size_t index, Paper&& p) { seen += std::to_string(index) + p.key; },
      [&](std::size_t offset) { offsets.push_back(offset); });
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("0a1b", seen);
  EXPECT_EQ("Later", catalog->title);
  EXPECT_TRUE(catalog->papers.empty());
  ASSERT_EQ(2u, offsets.size());
  EXPECT_LT(offsets[0], offsets[1]);
}

// The loader reads every paper into one Paper, reusing its memory: a sink
// that copies each paper (as the store does) must see nothing of the paper
// before in the next.
TEST(JsonReader, ReadCatalogLeavesNothingOfOnePaperInTheNext) {
  const std::string doc = R"({"papers": [
    {"key": "full", "name": "Full", "title": "T", "venue": "ArXiv'2403", "year": 2024, "month": 3,
     "submitted": "2024-03-01", "published": "2024-05-01", "tasks": ["res", "video"], "arxiv": "2403.1",
     "pdf": "p", "code": "c", "doi": "10.1/x", "abstract": "A", "authors": ["Ann Lee", "Bo Li", "Cy Wu"],
     "entries": [{"task": "res", "number": 1, "id": "1001", "after_title": " |"}],
     "fixes": [{"entry": "1001", "field": "venue", "listed": "a", "curated": "b", "why": "w"}],
     "authors_source": {"urls": ["u"], "confirmed": true, "note": "n", "later_authors": ["Dee"]}},
    {"key": "bare", "name": "Bare", "title": "T2", "venue": "CVPR'24", "year": 2024, "tasks": [],
     "arxiv": null, "pdf": "p2", "code": null},
    {"key": "two", "name": "Two", "title": "T3", "venue": "CVPR'24", "year": 2024, "tasks": ["ovss"],
     "arxiv": null, "pdf": "p3", "code": null, "authors": ["Eve Ng"]}]})";
  std::vector<Paper> papers;
  const auto catalog = read_catalog(doc, "c.json", [&](std::size_t, Paper&& p) { papers.push_back(p); });
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  ASSERT_EQ(3u, papers.size());
  const Paper& full = papers[0];
  EXPECT_EQ(3, full.month.value_or(0));
  EXPECT_EQ("A", full.abstract.value_or(""));
  EXPECT_EQ(3u, full.authors.size());
  ASSERT_TRUE(full.authors_source.has_value());
  EXPECT_EQ("n", full.authors_source->note.value_or(""));
  const Paper& bare = papers[1];
  EXPECT_EQ("bare", bare.key);
  EXPECT_EQ("p2", bare.pdf);
  EXPECT_EQ(0, bare.tasks);
  EXPECT_FALSE(bare.month || bare.submitted || bare.published || bare.arxiv || bare.code || bare.doi ||
               bare.abstract || bare.authors_source);
  EXPECT_TRUE(bare.authors.empty() && bare.entries.empty() && bare.fixes.empty());
  EXPECT_EQ(std::vector<std::string>{"Eve Ng"}, papers[2].authors);
  EXPECT_EQ(task_bit(Task::ovss), papers[2].tasks);
}

TEST(JsonReader, AnErrorInTheTopLevelComesBeforeOneInAPaper) {
  EXPECT_EQ("c.json: \"title\" must be a string, found number",
            parse_catalog(R"({"papers": [{"key": "A"}], "title": 1})", "c.json").error());
  EXPECT_EQ(
      "c.json:1:28: syntax error while parsing object key - unexpected end of input; expected string literal",
      parse_catalog(R"({"papers": [{"key": "A"}], )", "c.json").error());
}

}  // namespace
// simdjson is loaded, not linked: its tables are the library's, copied.
TEST(SimdjsonLibrary, LoadsAndCopiesTheTablesItsInlineCodeReads) {
  ASSERT_TRUE(json::load_simdjson());
  EXPECT_EQ(1e22, simdjson::internal::power_of_ten[22]);
  EXPECT_TRUE(simdjson::internal::structural_or_whitespace[static_cast<unsigned char>(',')]);
  EXPECT_FALSE(simdjson::internal::structural_or_whitespace[static_cast<unsigned char>('a')]);
  EXPECT_TRUE(simdjson::internal::structural_or_whitespace_negated[static_cast<unsigned char>('a')]);
  // 5^0, normalised to 128 bits: the high word's top bit alone.
  EXPECT_EQ(0x8000000000000000u, simdjson::internal::power_of_five_128[2 * 342]);
  EXPECT_EQ(0u, simdjson::internal::power_of_five_128[2 * 342 + 1]);
  EXPECT_TRUE(simdjson::validate_utf8("\xC3\xA9", 2));
  EXPECT_FALSE(simdjson::validate_utf8("\xC3", 1));
}

}  // namespace mllmseg::json
