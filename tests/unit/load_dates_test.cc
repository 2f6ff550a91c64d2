// The embedded catalog as the source file has it, and the catalog's dates:
// listed and listed_by on papers, updated and updated_from on the catalog,
// and days of the calendar only.
#include <gtest/gtest.h>

#include "catalog/embedded.h"
#include "catalog/load.h"
#include "test_support.h"

namespace mllmseg {
namespace {

TEST(ParseCatalog, EmbeddedCatalogIsTheSourceFile) {
  EXPECT_EQ(test::read_text_file(test::source_path("catalog/papers.json")), embedded::catalog_json());
  EXPECT_EQ("<embedded catalog>", embedded::k_origin);
}

// Every paper of the embedded catalog has the day it joined the list, read
// from the list's history (no listed_by).
TEST(ParseCatalog, EveryEmbeddedPaperHasItsListedDate) {
  for (const Paper& p : test::real_catalog().papers) {
    EXPECT_TRUE(p.listed) << p.key;
    EXPECT_EQ(std::nullopt, p.listed_by) << p.key;
  }
}

TEST(ParseCatalog, ReadsListedDatesAndTheirSource) {
  const std::string head =
      R"({"papers": [{"key": "a", "name": "A", "title": "T", "venue": "CVPR'24", "year": 2024,
      "tasks": ["res"], "arxiv": null, "pdf": null, "code": null, "listed": "2026-12-02", "listed_by": "update"}],
      "updated": "2026-12-02", "updated_from": "README.md"})";
  auto c = parse_catalog(head, "c.json");
  ASSERT_TRUE(c) << c.error();
  EXPECT_EQ("2026-12-02", c->updated);
  EXPECT_EQ("README.md", c->updated_from);
  ASSERT_EQ(1u, c->papers.size());
  EXPECT_EQ("2026-12-02", c->papers[0].listed.value_or(""));
  EXPECT_EQ("update", c->papers[0].listed_by.value_or(""));
  EXPECT_EQ("", c->papers[0].pdf);
}

TEST(ParseCatalog, DatesMustBeDaysOfTheCalendar) {
  const auto paper = [](std::string_view member) {
    return std::string(
               R"({"papers": [{"key": "a", "name": "A", "title": "T", "venue": "CVPR'24", "year": 2024,
      "tasks": ["res"], "arxiv": null, "pdf": "p", "code": null, )") +
           std::string(member) + "}]}";
  };
  EXPECT_EQ(
      "c.json: papers[0] (key \"a\"): field \"listed\" must be a date as YYYY-MM-DD, found \"2025-02-30\"",
      parse_catalog(paper(R"("listed": "2025-02-30")"), "c.json").error());
  EXPECT_EQ(
      "c.json: papers[0] (key \"a\"): field \"submitted\" must be a date as YYYY-MM-DD, found \"2025-13-01\"",
      parse_catalog(paper(R"("submitted": "2025-13-01")"), "c.json").error());
  EXPECT_EQ("c.json: \"updated\" must be a date as YYYY-MM-DD, found \"yesterday\"",
            parse_catalog(R"({"papers": [], "updated": "yesterday"})", "c.json").error());
}

}  // namespace
}  // namespace mllmseg
