// The direct JSON writer of papers against nlohmann's rendering of the same
// paper, which it must equal byte for byte, compact and indented, in and out
// of arrays.

#include "format/paper_json.h"

#include <gtest/gtest.h>

#include "catalog/load.h"
#include "format/json.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string direct(const Paper& p, int level) {
  std::string out;
  append_paper_json(out, p, level);
  return out;
}

void expect_same_as_nlohmann(const Paper& p) {
  const OrderedJson j = paper_json(p);
  EXPECT_EQ(dump(j, -1), direct(p, -1)) << p.key;
  EXPECT_EQ(dump(j, 2), direct(p, 0)) << p.key;
  // As the element of an array, one level in.
  const std::string in_array = dump(OrderedJson::array({j}), 2);
  EXPECT_EQ(in_array, "[\n  " + direct(p, 1) + "\n]") << p.key;
}

TEST(PaperJsonWriter, WritesEveryPaperOfTheRealCatalogAsNlohmannDoes) {
  const Catalog catalog = test::real_store().catalog();
  for (const Paper& p : catalog.papers) {
    expect_same_as_nlohmann(p);
  }
}

TEST(PaperJsonWriter, EscapesAsNlohmannDoesAndLeavesInvalidUtf8ToIt) {
  Paper p = test::make_paper("a", "A", "CVPR'24", 2024, test::k_ovss);
  p.title = std::string("quote \" backslash \\ controls \b\f\n\r\t \x01 \x1f del \x7f nul ") + '\0' + " end";
  p.name = "caf\xC3\xA9 \xF0\x9F\x98\x80";
  p.abstract = "bad \xC3 utf-8 \xFF\xFE and \xED\xA0\x80";
  p.authors = {"\xE2\x82", ""};
  p.month = 12;
  p.submitted = "2024-01-02";
  p.authors_source = AuthorSource{{"u"}, true, "n", {}};
  expect_same_as_nlohmann(p);
  p.authors_source = AuthorSource{{}, false, std::nullopt, {"x", "y"}};
  p.entries = {Entry{Task::res, -3, "", "\t| "}};
  expect_same_as_nlohmann(p);
}

}  // namespace
}  // namespace mllmseg::format
