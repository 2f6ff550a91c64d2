#include "format/wrap.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

TEST(WrapHanging, WordsFillEachLineUnderTheFirst) {
  // 40 columns, values from column 10: 30 columns a line, which the second fills.
  EXPECT_EQ(
      "HyperSeg: Towards Universal\n"
      "          Visual Segmentation with Large\n"
      "          Language Model",
      wrap_hanging("HyperSeg: Towards Universal Visual Segmentation with Large Language Model", 40, 10));
}

TEST(WrapHanging, ShortTextAndExactFitStayOnOneLine) {
  EXPECT_EQ("short", wrap_hanging("short", 40, 10));
  EXPECT_EQ(std::string(30, 'x'), wrap_hanging(std::string(30, 'x'), 40, 10));
  EXPECT_EQ("", wrap_hanging("", 40, 10));
}

// A URL longer than a line is cut after a '/' in each line's second half,
// and every piece keeps the indent (the terminal would take it back to the
// left edge).
TEST(WrapHanging, LongWordsAreCutOverIndentedLinesAndSpacesCollapse) {
  EXPECT_EQ(
      "see\n"
      "          https://example.org/a/very/\n"
      "          long/path/that/does/not/fit\n"
      "          and more",
      wrap_hanging("see   https://example.org/a/very/long/path/that/does/not/fit and more", 40, 10));
}

TEST(WrapHanging, AWordWithNoSeparatorIsCutWhereTheLineEnds) {
  EXPECT_EQ(
      "abcdefghijklmnopqrst\n"
      "     uvwxyz",
      wrap_hanging("abcdefghijklmnopqrstuvwxyz", 25, 5));
  // Never inside a UTF-8 sequence: each \u00e9 is two bytes and one column.
  const auto e = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      s += "\xC3\xA9";
    }
    return s;
  };
  EXPECT_EQ(e(20) + "\n     " + e(2), wrap_hanging(e(22), 25, 5));
}

TEST(WrapHanging, CountsColumnsNotBytes) {
  // Ten three-byte characters take ten columns.
  const std::string dots = "\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6";
  EXPECT_EQ(dots + dots + " " + dots + dots, wrap_hanging(dots + dots + " " + dots + dots, 31, 10));
}

TEST(WrapHanging, TooNarrowLeavesTextAsItIs) {
  EXPECT_EQ("a b c d e f g h i j k l m n o p", wrap_hanging("a b c d e f g h i j k l m n o p", 29, 10));
}

}  // namespace
}  // namespace mllmseg::format
