// Hostile input at the library level: the documented limits
// (docs/reliability.md), objects with a member twice, and the crashes the
// fuzz targets found (tests/fuzz/regressions/).

#include <gtest/gtest.h>

#include <string>

#include "catalog/load.h"
#include "query/search.h"
#include "test_support.h"

namespace mllmseg {
namespace {

std::string catalog_with_title(const std::string& title) {
  return R"({"papers": [{"key": "a", "name": "A", "title": ")" + title +
         R"(", "venue": "V", "year": 2024, "tasks": [], "arxiv": null, "pdf": "p", "code": null}]})";
}

TEST(CatalogLimits, NumberTooLargeForADoubleIsAnErrorWithItsPlace) {
  // Was an uncaught nlohmann out_of_range exception: the program aborted.
  EXPECT_EQ("c.json:1:25: number overflow parsing '1e400'",
            parse_catalog(R"({"papers": [], "x": 1e400})", "c.json").error());
  EXPECT_EQ("c.json:2:17: number overflow parsing '-1e309'",
            parse_catalog("{\"papers\": [\n  {\"year\": -1e309}]}", "c.json").error());
}

TEST(DuplicateMembers, AMemberTwiceInAnObjectIsRefusedWithItsPath) {
  EXPECT_EQ("c.json: member \"papers\" appears twice",
            parse_catalog(R"({"papers": [], "title": "T", "papers": []})", "c.json").error());
  EXPECT_EQ("c.json: papers[1]: member \"code\" appears twice",
            parse_catalog(R"({"papers": [{}, {"code": null, "key": "b", "code": "https://x"}]})", "c.json")
                .error());
  EXPECT_EQ(
      "c.json: papers[0].entries[2]: member \"id\" appears twice",
      parse_catalog(R"({"papers": [{"entries": [{}, [], {"id": "1", "id": "2"}]}]})", "c.json").error());
  // After a member holding an array, and in an object left open (which once
  // crashed the reader).
  EXPECT_EQ("c.json: papers[0]: member \"authors\" appears twice",
            parse_catalog(R"({"papers": [{"authors": ["a"], "authors": []}]})", "c.json").error());
  EXPECT_EQ("c.json: .e: member \"\" appears twice",
            parse_catalog(R"({"":{"":"","e":{"":[""],"":""}})", "c.json").error());
}

TEST(DuplicateMembers, TheSameNameInDifferentObjectsIsFine) {
  EXPECT_EQ("c.json: papers[0]: missing field \"key\"",
            parse_catalog(R"({"papers": [{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}]})", "c.json").error());
}

TEST(TrailingBytes, NothingButWhitespaceAfterTheDocumentNotEvenANul) {
  // nlohmann-json takes a NUL byte for the end of its input: the catalog
  // loaded, and whatever followed the NUL was never read.
  const std::string message =
      ":1:14: syntax error while parsing value - invalid literal; last read: '<U+0000>'; expected end of "
      "input";
  EXPECT_EQ("c.json" + message, parse_catalog(std::string("{\"papers\":[]}\0garbage", 21), "c.json").error());
  EXPECT_EQ("c.json" + message, parse_catalog(std::string("{\"papers\":[]}\0", 14), "c.json").error());
  EXPECT_EQ(
      "c.json:3:3: syntax error while parsing value - invalid literal; last read: '<U+0000>'; expected end "
      "of "
      "input",
      parse_catalog(std::string("{\"papers\":\n[]}\n  \0{}", 21), "c.json").error());
  EXPECT_TRUE(parse_catalog("{\"papers\":[]} \n\t\r\n", "c.json").ok());
}

TEST(CatalogLimits, AStringOfTheLimitLoads) {
  EXPECT_TRUE(parse_catalog(catalog_with_title(std::string(k_max_string_bytes, 't')), "c.json").ok());
}

TEST(CatalogLimits, AStringOverTheLimitIsRefusedWithItsPath) {
  EXPECT_EQ("c.json: papers[0].title: a string of 1048577 bytes, over the limit of 1 MiB",
            parse_catalog(catalog_with_title(std::string(k_max_string_bytes + 1, 't')), "c.json").error());
}

TEST(CatalogLimits, TheLimitHoldsForMembersTheLoaderIgnoresAndForMemberNames) {
  const std::string big(k_max_string_bytes + 1, 'x');
  EXPECT_EQ(
      "c.json: extra[2][0].note: a string of 1048577 bytes, over the limit of 1 MiB",
      parse_catalog(R"({"papers": [], "extra": [1, {}, [{"note": ")" + big + R"("}]]})", "c.json").error());
  EXPECT_EQ("c.json: sections[0]: a member name of 1048577 bytes, over the limit of 1 MiB",
            parse_catalog(R"({"papers": [], "sections": [{")" + big + R"(": 1}]})", "c.json").error());
  EXPECT_EQ("c.json: a member name of 1048577 bytes, over the limit of 1 MiB",
            parse_catalog(R"({")" + big + R"(": 1, "papers": []})", "c.json").error());
}

TEST(CatalogLimits, DeepNestingIsNoProblem) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ("c.json: missing \"papers\" array", parse_catalog(R"({"x": )" + deep + "}", "c.json").error());
}

TEST(CatalogLimits, ReadInputStopsAtTheLimitOfAFileWithoutEnd) {
  EXPECT_EQ("cannot read catalog '/dev/zero': over the limit of 1000 bytes",
            read_input("/dev/zero", 1000).error());
}

TEST(CatalogLimits, ReadInputRefusesAFileOverTheLimitBeforeReadingIt) {
  const std::string path = ::testing::TempDir() + "limits_test.json";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(nullptr, f);
    std::fputs(R"({"papers": []})", f);
    std::fclose(f);
  }
  EXPECT_EQ("cannot read catalog '" + path + "': over the limit of 10 bytes", read_input(path, 10).error());
  EXPECT_EQ(R"({"papers": []})", read_input(path, 14).value());
  std::remove(path.c_str());
}

TEST(QueryLimits, AQueryOverTheLimitIsRefused) {
  const Store& store = test::real_store();
  EXPECT_TRUE(parse_search_query({std::string(k_max_query_bytes - 1, 'a'), "b"}, store).ok());
  EXPECT_EQ("query is 4097 bytes long; the limit is 4096",
            parse_search_query({std::string(k_max_query_bytes, 'a'), "b"}, store).error());
}

}  // namespace
}  // namespace mllmseg
