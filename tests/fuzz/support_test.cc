// Tests of the fuzz targets' oracles: a wrong oracle would let a broken
// writer through, or fail a correct one.

#include <gtest/gtest.h>

#include "support/byte_reader.h"
#include "support/fuzz_catalog.h"
#include "support/rfc4180.h"
#include "support/utf8.h"

namespace mllmseg::fuzz {
namespace {

const Rows& rows_of(const Result<Rows>& r) {
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
  return r.value();
}

TEST(Rfc4180, ReadsPlainAndQuotedCells) {
  const auto r = read_delimited("a,b\r\n\"x,\"\"y\"\"\r\nz\",\r\n", ',', "\r\n");
  EXPECT_EQ((Rows{{"a", "b"}, {"x,\"y\"\r\nz", ""}}), rows_of(r));
}

TEST(Rfc4180, ReadsTabsWithLineFeeds) {
  const auto r = read_delimited("a\tb\n\"c\td\"\t\n", '\t', "\n");
  EXPECT_EQ((Rows{{"a", "b"}, {"c\td", ""}}), rows_of(r));
}

TEST(Rfc4180, ReadsNothingFromNothing) { EXPECT_EQ(Rows{}, rows_of(read_delimited("", ',', "\r\n"))); }

TEST(Rfc4180, RefusesWhatTheWriterMustNeverWrite) {
  EXPECT_EQ("offset 1: quote or line break in an unquoted cell",
            read_delimited("a\"b\r\n", ',', "\r\n").error());
  EXPECT_EQ("offset 1: quote or line break in an unquoted cell",
            read_delimited("a\nb\r\n", ',', "\r\n").error());
  EXPECT_EQ("offset 1: quote or line break in an unquoted cell",
            read_delimited("a\rb\n", '\t', "\n").error());
  EXPECT_EQ("offset 4: unterminated quoted cell", read_delimited("\"abc", ',', "\r\n").error());
  EXPECT_EQ("offset 3: a quoted cell is followed by something other than a delimiter or line end",
            read_delimited("\"a\"b\r\n", ',', "\r\n").error());
  EXPECT_EQ("offset 1: record does not end with the line end", read_delimited("a", ',', "\r\n").error());
  EXPECT_EQ("offset 2: record does not end with the line end", read_delimited("a,", ',', "\r\n").error());
}

TEST(Utf8, KeepsValidText) {
  const std::string valid = "ascii \xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80 \xEF\xBF\xBD";
  EXPECT_EQ(valid, replace_invalid_utf8(valid));
  EXPECT_TRUE(is_valid_utf8(valid));
}

TEST(Utf8, ReplacesMaximalSubparts) {
  // The examples of the Unicode standard, table 3-8 and around it.
  EXPECT_EQ(
      "a\xEF\xBF\xBD"
      "b",
      replace_invalid_utf8("a\xFF"
                           "b"));
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD", replace_invalid_utf8("\xC0\xAF"));
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", replace_invalid_utf8("\xED\xA0\x80"));
  EXPECT_EQ(
      "\xEF\xBF\xBD"
      "A",
      replace_invalid_utf8("\xE2\x9C"
                           "A"));
  EXPECT_EQ("\xEF\xBF\xBD", replace_invalid_utf8("\xF0\x9F\x98"));
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD", replace_invalid_utf8("\xF4\x90"));
  EXPECT_FALSE(is_valid_utf8("\x80"));
}

TEST(ByteReader, SplitsTextAtABackslashAndAnotherByte) {
  ByteReader in("one\\|tw\\\\o\\|\x02");
  EXPECT_EQ("one", in.text());
  EXPECT_EQ("tw\\o", in.text());
  EXPECT_EQ(2, in.byte());
  EXPECT_TRUE(in.empty());
  EXPECT_EQ("", in.text());
  EXPECT_EQ(0, in.integer());
}

TEST(FuzzCatalog, BuildsACatalogAndReplacesInvalidUtf8InIt) {
  using namespace std::string_view_literals;
  const Catalog c = catalog_from_bytes("\x00T\xFF\\|"sv);
  EXPECT_EQ(
      "format=mllmseg-catalog/1\n"
      "title=T\\xFF\n"
      "source=\n"
      "provenance=\n"
      "preamble=\n"
      "epilogue=\n"
      "updated=\n"
      "updated_from=\n"
      "papers[0].key=p0\n"
      "papers[0].name=\n"
      "papers[0].title=\n"
      "papers[0].venue=\n"
      "papers[0].year=0\n"
      "papers[0].month=null\n"
      "papers[0].submitted=null\n"
      "papers[0].published=null\n"
      "papers[0].listed=null\n"
      "papers[0].listed_by=null\n"
      "papers[0].tasks=0\n"
      "papers[0].arxiv=null\n"
      "papers[0].pdf=\n"
      "papers[0].code=null\n"
      "papers[0].project=null\n"
      "papers[0].doi=null\n"
      "papers[0].authors=[]\n"
      "papers[0].abstract=null\n",
      describe(c));
  EXPECT_EQ("T\xEF\xBF\xBD", with_valid_utf8(c).title);
}

}  // namespace
}  // namespace mllmseg::fuzz
