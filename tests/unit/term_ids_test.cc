// TermIds (store/term_ids.h): ids in first-seen order, the same id for the
// same text however many texts the table has grown to hold, texts kept
// intact across growth, hashes that tell the texts of a word index apart,
// and ids that do not depend on a table's seed.
#include "store/term_ids.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace mllmseg {
namespace {

TEST(TermIds, NumbersTextsInFirstSeenOrder) {
  TermIds ids;
  EXPECT_EQ(0u, ids.id("sam2"));
  EXPECT_EQ(1u, ids.id("video"));
  EXPECT_EQ(0u, ids.id("sam2"));
  EXPECT_EQ(2u, ids.id(""));
  EXPECT_EQ(2u, ids.id(""));
  EXPECT_EQ(3u, ids.id("segmentation-with-a-long-word"));
  ASSERT_EQ(4u, ids.size());
  EXPECT_EQ("sam2", ids.text(0));
  EXPECT_EQ("video", ids.text(1));
  EXPECT_EQ("", ids.text(2));
  EXPECT_EQ("segmentation-with-a-long-word", ids.text(3));
}

TEST(TermIds, KeepsIdsAndTextsAcrossGrowth) {
  TermIds ids;
  std::vector<std::string> texts;
  for (int i = 0; i < 50000; ++i) {
    // Texts of every length from 1 to 24 bytes, some sharing long prefixes.
    texts.push_back(std::string(static_cast<std::size_t>(i % 17), 'w') + std::to_string(i));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    ASSERT_EQ(i, ids.id(texts[i])) << texts[i];
  }
  std::string copy;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    copy = texts[i];  // another buffer: found by content, not address
    ASSERT_EQ(i, ids.id(copy)) << texts[i];
    ASSERT_EQ(texts[i], ids.text(static_cast<std::uint32_t>(i)));
  }
  EXPECT_EQ(texts.size(), ids.size());
  // A text larger than a block of the table's own.
  const std::string big(100000, 'x');
  EXPECT_EQ(texts.size(), ids.id(big));
  EXPECT_EQ(big, ids.text(static_cast<std::uint32_t>(texts.size())));
}

TEST(TermIds, HashesTellShortWordsApart) {
  std::set<std::uint64_t> hashes;
  std::vector<std::string> words = {"",         "a",        "b",         "ab",       "ba",
                                    "abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj"};
  for (const std::string& w : words) {
    hashes.insert(TermIds::hash(w));
  }
  EXPECT_EQ(words.size(), hashes.size());
  // Zero bytes past the end of a short word are not the same word.
  EXPECT_NE(TermIds::hash(std::string_view("a\0", 2)), TermIds::hash("a"));
  // Another seed, other hashes.
  EXPECT_NE(TermIds::hash("sam2", 1), TermIds::hash("sam2", 2));
}

TEST(TermIds, TwoTablesNumberTheSameTextsAlike) {
  TermIds a;
  TermIds b;
  for (const char* text : {"video", "sam2", "video", "lisa", "sam2", "mask"}) {
    EXPECT_EQ(a.id(text), b.id(text)) << text;
  }
  EXPECT_EQ(4u, a.size());
}

}  // namespace
}  // namespace mllmseg
