#include "util/stem.h"

#include <gtest/gtest.h>

namespace mllmseg::text {
namespace {

TEST(Stem, FormsOfOneWordShareAStem) {
  EXPECT_EQ("reinforc", stem("reinforcement"));
  EXPECT_EQ("reinforc", stem("reinforcing"));
  EXPECT_EQ("reinforc", stem("reinforced"));
  EXPECT_EQ("segment", stem("segmenter"));
  EXPECT_EQ("segment", stem("segmentation"));
  EXPECT_EQ("reason", stem("reasoning"));
}

TEST(Stem, WordsWithDigitsAndShortWordsAreTheirOwnStem) {
  EXPECT_EQ("sam2", stem("sam2"));
  EXPECT_EQ("2024", stem("2024"));
  EXPECT_EQ("was", stem("was"));
  EXPECT_EQ("", stem(""));
}

TEST(Stem, BytesOutsideLowercaseAsciiAreLeftAlone) {
  EXPECT_EQ("Videos", stem("Videos"));
  EXPECT_EQ("caf\xc3\xa9s", stem("caf\xc3\xa9s"));
}

}  // namespace
}  // namespace mllmseg::text
