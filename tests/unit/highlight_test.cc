#include "format/highlight.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

std::string spans(std::string_view text, std::vector<std::string> words, MatchMode mode) {
  std::string out;
  for (const auto& s : find_matches(text, words, mode)) {
    out += "[" + std::string(text.substr(s.begin, s.end - s.begin)) + "]";
  }
  return out;
}

Style colour(bool on) {
  Style s;
  s.color = on;
  return s;
}

TEST(FindMatches, TitleWordsStartingWithTheQueryWordAnyCase) {
  EXPECT_EQ("[Seg][seg]",
            spans("LISA: Reasoning Segmentation, Text4Seg and seg", {"seg"}, MatchMode::word_prefix));
  EXPECT_EQ("", spans("VideoLISA", {"lisa"}, MatchMode::word_prefix));
  EXPECT_EQ("[LLaVA]", spans("OMG-LLaVA", {"llava"}, MatchMode::word_prefix));
}

TEST(FindMatches, NamesAnywhere) {
  EXPECT_EQ("[LISA]", spans("VideoLISA", {"lisa"}, MatchMode::anywhere));
  EXPECT_EQ("[LLaVA]", spans("OMG-LLaVA", {"llava"}, MatchMode::anywhere));
}

TEST(FindMatches, OverlappingWordsMergeAndOrder) {
  EXPECT_EQ("[Reasoning][Seg]",
            spans("Reasoning Segmentation", {"seg", "reason", "reasoning"}, MatchMode::word_prefix));
  EXPECT_EQ("[Segme]", spans("Segmentation", {"seg", "segme"}, MatchMode::word_prefix));
  EXPECT_EQ("", spans("Segmentation", {"", "x"}, MatchMode::anywhere));
}

TEST(FindMatches, NonAsciiBytesBelongToWords) {
  // "é" is inside the word "Café", so "fé" does not start one.
  EXPECT_EQ("", spans("Caf\xC3\xA9", {"f\xC3\xA9"}, MatchMode::word_prefix));
  EXPECT_EQ("[Caf\xC3\xA9]", spans("Caf\xC3\xA9 x", {"caf\xC3\xA9"}, MatchMode::word_prefix));
}

TEST(PaintMatches, MatchesInTheirColourTheRestInTheBase) {
  const std::vector<MatchSpan> lisa = {{5, 9}};
  EXPECT_EQ("\x1b[1;36mVideo\x1b[0m\x1b[1;31mLISA\x1b[0m\x1b[1;36m  \x1b[0m",
            paint_matches("VideoLISA  ", lisa, "1;36", colour(true)));
  EXPECT_EQ("Video\x1b[1;31mLISA\x1b[0m", paint_matches("VideoLISA", lisa, "", colour(true)));
  EXPECT_EQ("\x1b[1;36mVideoLISA\x1b[0m", paint_matches("VideoLISA", {}, "1;36", colour(true)));
}

TEST(PaintMatches, NothingWithoutColour) {
  const std::vector<MatchSpan> lisa = {{5, 9}};
  EXPECT_EQ("VideoLISA  ", paint_matches("VideoLISA  ", lisa, "1;36", colour(false)));
}

TEST(PaintMatches, SpansPastTheTextAreIgnored) {
  const std::vector<MatchSpan> past = {{0, 2}, {3, 40}};
  EXPECT_EQ("\x1b[1;31mab\x1b[0mcdef", paint_matches("abcdef", past, "", colour(true)));
}

}  // namespace
}  // namespace mllmseg::format
