#include "util/text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "util/unicode.h"

namespace mllmseg::text {
namespace {

using Words = std::vector<std::string>;

TEST(Tokenize, SplitsOnPunctuationAndLowercases) {
  EXPECT_EQ((std::vector<std::string>{"omg", "llava", "bridging"}), tokenize("OMG-LLaVA: Bridging"));
}

TEST(Tokenize, KeepsDigitsInsideWords) {
  EXPECT_EQ((Words{"sa2va", "marrying", "sam2", "with", "llava"}),
            tokenize("Sa2VA: Marrying SAM2 with LLaVA"));
}

TEST(Tokenize, EmptyAndSeparatorOnlyInputGiveNoTokens) {
  EXPECT_EQ(Words{}, tokenize(""));
  EXPECT_EQ(Words{}, tokenize(" -:,.'\t\n"));
}

TEST(Tokenize, KeepsNonAsciiBytesInsideTokens) {
  // Only ASCII letters are folded; the bytes of 'é' and 'Ω' stay as they are.
  EXPECT_EQ((Words{"caf\xC3\xA9", "\xCE\xA9mega", "x"}), tokenize("Caf\xC3\xA9-\xCE\xA9mega x"));
}

// count_tokens counts what visit_tokens visits, whatever separates them.
TEST(Tokenize, CountTokensCountsWhatVisitTokensVisits) {
  std::string lowered;
  for (const std::string_view s :
       {"", " ", "a", "SAM2: Segment Anything in Images and Videos", "  --LISA++ (v2)--  ", "a-b_c.d/e",
        "caf\xC3\xA9 na\xC3\xAFve", "x\ty\nz", "1 2 3 ", "\x01\x7F"}) {
    std::size_t visited = 0;
    text::visit_tokens(s, lowered, [&](std::string_view) { ++visited; });
    EXPECT_EQ(visited, text::count_tokens(s)) << s;
  }
  EXPECT_EQ(7u, text::count_tokens("SAM2: Segment Anything in Images and Videos"));
}

// Both work eight bytes at a time: every byte value at every place of
// strings of every length up to 40 gives what one byte at a time gives.
TEST(Tokenize, CountsAndLowersEveryByteAtEveryPlace) {
  std::mt19937 random(7);
  std::string lowered;
  for (int round = 0; round < 4000; ++round) {
    std::string s(static_cast<std::size_t>(round % 41), 'a');
    for (char& c : s) {
      // Mostly the bytes on either side of each range's ends.
      constexpr unsigned char k_edges[] = {'@', 'A', 'Z', '[',  '`',  'a',  'z', '{', '/',
                                           '0', '9', ':', 0x7F, 0x80, 0xFF, 0,   ' '};
      c = static_cast<char>(round % 3 == 0 ? random() % 256 : k_edges[random() % sizeof k_edges]);
    }
    std::size_t visited = 0;
    bool in_token = false;
    std::string expected;
    for (const char c : s) {
      visited += text::is_token_byte(c) && !in_token ? 1U : 0U;
      in_token = text::is_token_byte(c);
      expected += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    ASSERT_EQ(visited, text::count_tokens(s)) << round;
    text::lower_into(s, lowered);
    ASSERT_EQ(expected, lowered) << round;
  }
}

TEST(ContainsFolded, FindsTheWordInAnyCase) {
  EXPECT_TRUE(contains_folded("SAM2: Segment Anything", "sam2"));
  EXPECT_TRUE(contains_folded("Sa2VA marrying SAM2", "sam2"));
  EXPECT_TRUE(contains_folded("xx", ""));
  EXPECT_TRUE(contains_folded("", ""));
  EXPECT_FALSE(contains_folded("SAM 2", "sam2"));
  EXPECT_FALSE(contains_folded("sam", "sam2"));
  EXPECT_FALSE(contains_folded("CAF\xC3\x89", "caf\xC3\xA9"));  // only ASCII is folded
}

// Eight starts at a time: for words and texts of the few bytes most likely
// to match near one another, at every length and offset, it tells what
// lowering the text and finding the word in it tells.
TEST(ContainsFolded, AgreesWithLoweringAndFinding) {
  std::mt19937 random(11);
  std::string lowered;
  constexpr unsigned char k_bytes[] = {'a', 'A', 'b', 'B', '2', 'Z', 'z', '@', '[', 0x80, 0xC1, 0xE1, 0};
  const auto pick = [&](std::size_t size, bool capitals) {
    std::string s(size, 'a');
    for (char& c : s) {
      c = static_cast<char>(k_bytes[random() % sizeof k_bytes]);
      if (!capitals && c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c + ('a' - 'A'));
      }
    }
    return s;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string s = pick(static_cast<std::size_t>(round % 37), true);
    const std::string word = pick(static_cast<std::size_t>(random() % 5), false);
    text::lower_into(s, lowered);
    ASSERT_EQ(lowered.find(word) != std::string::npos, contains_folded(s, word))
        << "round " << round << ": \"" << s << "\" \"" << word << "\"";
  }
}

TEST(Tokenize, LeadingAndTrailingSeparatorsAreDropped) {
  EXPECT_EQ((Words{"a", "b"}), tokenize("  (a)  [b]  "));
}

TEST(ToLower, FoldsAsciiOnly) {
  EXPECT_EQ("visionllm v2", to_lower("VisionLLM v2"));
  EXPECT_EQ(
      "\xC3\x84"
      "b-1",
      to_lower("\xC3\x84"
               "B-1"));
  EXPECT_EQ("", to_lower(""));
}

TEST(Iequals, ComparesIgnoringAsciiCase) {
  EXPECT_TRUE(iequals("NeurIPS", "neurips"));
  EXPECT_TRUE(iequals("", ""));
  EXPECT_FALSE(iequals("NeurIPS", "NeurIP"));
  EXPECT_FALSE(iequals("cvpr", "cvpq"));
  EXPECT_FALSE(iequals("a", ""));
}

TEST(Trim, RemovesSpacesTabsAndLineBreaksAtBothEnds) {
  EXPECT_EQ("a b", trim(" \t a b \r\n"));
  EXPECT_EQ("a", trim("a"));
  EXPECT_EQ("", trim("  \t\n "));
  EXPECT_EQ("", trim(""));
}

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(3u, edit_distance("kitten", "sitting", 5));
  EXPECT_EQ(2u, edit_distance("flaw", "lawn", 5));
  EXPECT_EQ(0u, edit_distance("abc", "abc", 0));
  EXPECT_EQ(3u, edit_distance("", "abc", 3));
  EXPECT_EQ(1u, edit_distance("lisa", "lisaa", 2));
}

TEST(EditDistance, TranspositionOfNeighboursIsOneEdit) {
  EXPECT_EQ(1u, edit_distance("CPVR", "CVPR", 2));
  EXPECT_EQ(1u, edit_distance("vidoe", "video", 2));
  EXPECT_EQ(1u, edit_distance("ab", "ba", 1));
  EXPECT_EQ(2u, edit_distance("abcd", "badc", 2));
  // Optimal string alignment: a transposed pair is not edited again.
  EXPECT_EQ(3u, edit_distance("ca", "abc", 3));
}

TEST(EditDistance, IgnoresCase) {
  EXPECT_EQ(0u, edit_distance("LISA", "lisa", 0));
  EXPECT_EQ(1u, edit_distance("NeurIP", "neurips", 2));
}

TEST(EditDistance, ReturnsLimitPlusOneBeyondTheLimit) {
  EXPECT_EQ(3u, edit_distance("kitten", "sitting", 2));
  EXPECT_EQ(1u, edit_distance("a", "b", 0));
  // A length gap larger than the limit gives up at once.
  EXPECT_EQ(3u, edit_distance("", "abcd", 2));
  EXPECT_EQ(2u, edit_distance("abcdefgh", "zzzzzzzz", 1));
}

TEST(Closest, ShortWordsAllowOneEdit) {
  EXPECT_EQ(std::optional<std::string>("video"), closest("vido", {"res", "video"}));
  EXPECT_EQ(std::optional<std::string>("res"), closest("rs", {"res", "video"}));
  EXPECT_EQ(std::nullopt, closest("abcd", {"abxy"}));
  EXPECT_EQ(std::nullopt, closest("ovsx", {"video", "ov"}));
}

TEST(Closest, LongerWordsAllowTwoEdits) {
  EXPECT_EQ(std::optional<std::string>("segmentation"), closest("segmntaton", {"segment", "segmentation"}));
  EXPECT_EQ(std::optional<std::string>("video"), closest("vidoe", {"res", "video"}));
  EXPECT_EQ(std::nullopt, closest("segmntatxn", {"segmentation"}));
}

TEST(Closest, PrefersTheNearestCandidateAndKeepsItsSpelling) {
  EXPECT_EQ(std::optional<std::string>("lisa"), closest("lisaa", {"visa", "lisa"}));
  EXPECT_EQ(std::optional<std::string>("NeurIPS"), closest("neurip", {"CVPR", "NeurIPS"}));
}

TEST(Closest, NothingCloseOrNoCandidatesGivesNullopt) {
  EXPECT_EQ(std::nullopt, closest("transformer", {"res", "ovss", "video"}));
  EXPECT_EQ(std::nullopt, closest("video", {}));
}

TEST(OneLine, WhiteSpaceControlsBecomeSpaces) { EXPECT_EQ("a b c d e f", one_line("a\tb\nc\rd\fe\vf")); }

TEST(OneLine, OtherControlsBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(fffd + "[31mred" + fffd, one_line("\x1B[31mred\x07"));
  EXPECT_EQ("a" + fffd + "b", one_line(std::string_view("a\0b", 3)));
  EXPECT_EQ("del" + fffd, one_line("del\x7F"));
  EXPECT_EQ(fffd + "x" + fffd, one_line("\xC2\x9Bx\xC2\x85"));  // CSI, NEL (C1)
  EXPECT_EQ(display_width("\x1B[0m"), display_width(one_line("\x1B[0m")));
}

TEST(OneLine, LeavesPrintableTextAlone) {
  EXPECT_EQ("SAM2 \xE2\x80\x94 caf\xC3\xA9 \xC2\xA0\xC2\xBF",
            one_line("SAM2 \xE2\x80\x94 caf\xC3\xA9 \xC2\xA0\xC2\xBF"));
  EXPECT_EQ("", one_line(""));
}

TEST(DisplayWidth, CountsCodePoints) {
  EXPECT_EQ(0u, display_width(""));
  EXPECT_EQ(3u, display_width("abc"));
  EXPECT_EQ(1u, display_width("\xE2\x80\xA6"));              // …
  EXPECT_EQ(5u, display_width("\xCE\xA9mega"));              // Ωmega
  EXPECT_EQ(2u, display_width("\xE6\x97\xA5\xE6\x9C\xAC"));  // 日本
  EXPECT_EQ(1u, display_width("\xF0\x9F\x98\x80"));          // a four-byte code point
}

TEST(Truncate, LeavesTextThatFitsUnchanged) {
  EXPECT_EQ("Hello world", truncate("Hello world", 11, "\xE2\x80\xA6"));
  EXPECT_EQ("Hello world", truncate("Hello world", 40, "..."));
  EXPECT_EQ("", truncate("", 0, "..."));
}

TEST(Truncate, CutsAndEndsInUnicodeEllipsis) {
  EXPECT_EQ("Hello w\xE2\x80\xA6", truncate("Hello world", 8, "\xE2\x80\xA6"));
  // The space before the cut is dropped rather than left before the ellipsis.
  EXPECT_EQ("Hello\xE2\x80\xA6", truncate("Hello world", 7, "\xE2\x80\xA6"));
}

TEST(Truncate, CutsAndEndsInAsciiEllipsis) {
  EXPECT_EQ("Hello...", truncate("Hello world", 8, "..."));
  EXPECT_EQ("Hello...", truncate("Hello world", 9, "..."));
  EXPECT_EQ("Hello w...", truncate("Hello world", 10, "..."));
}

TEST(Truncate, CountsColumnsNotBytes) {
  EXPECT_EQ("\xCE\xA9me\xE2\x80\xA6", truncate("\xCE\xA9mega \xCE\xA9mega", 4, "\xE2\x80\xA6"));
  EXPECT_EQ("\xE6\x97\xA5\xE6\x9C\xAC", truncate("\xE6\x97\xA5\xE6\x9C\xAC", 2, "..."));
  EXPECT_EQ("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xA7",
            truncate("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xA7", 4, "..."));
  EXPECT_EQ("\xE6\x97\xA5...",
            truncate("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xA7\xE3\x81\x99", 4, "..."));
}

TEST(Truncate, WidthNoWiderThanTheEllipsisGivesPartOfIt) {
  EXPECT_EQ("..", truncate("abcdef", 2, "..."));
  EXPECT_EQ("...", truncate("abcdef", 3, "..."));
  EXPECT_EQ("", truncate("abcdef", 0, "\xE2\x80\xA6"));
}

TEST(Truncate, OneColumnWithUnicodeEllipsisIsTheWholeEllipsis) {
  EXPECT_EQ("\xE2\x80\xA6", truncate("abcdef", 1, "\xE2\x80\xA6"));
}

TEST(PadRight, PadsToDisplayWidth) {
  EXPECT_EQ("ab   ", pad_right("ab", 5));
  EXPECT_EQ(
      "\xCE\xA9"
      "b  ",
      pad_right("\xCE\xA9"
                "b",
                4));
  EXPECT_EQ("     ", pad_right("", 5));
}

TEST(PadRight, NeverCutsWiderText) {
  EXPECT_EQ("abcdef", pad_right("abcdef", 3));
  EXPECT_EQ("abc", pad_right("abc", 3));
}

TEST(Join, PutsTheSeparatorBetweenItems) {
  EXPECT_EQ("a, b, c", join({"a", "b", "c"}, ", "));
  EXPECT_EQ("x", join({"x"}, ","));
  EXPECT_EQ("", join({}, ","));
  EXPECT_EQ(",", join({"", ""}, ","));
}

TEST(FoldName, ComposesLatinAccentsAsNfcDoes) {
  EXPECT_EQ("Caf\xC3\xA9", compose_latin("Cafe\xCC\x81"));                         // e + acute
  EXPECT_EQ("\xC3\x85ngstr\xC3\xB6m", compose_latin("A\xCC\x8Angstro\xCC\x88m"));  // ring, diaeresis
  EXPECT_EQ(
      "\xC4\x8C"
      "ech \xC3\xA7"
      "a \xC3\xB1",
      compose_latin("C\xCC\x8C"
                    "ech c\xCC\xA7"
                    "a n\xCC\x83"));
  EXPECT_EQ("\xC7\x9A", compose_latin("u\xCC\x88\xCC\x8C"));  // u, diaeresis, caron: two steps
  // Marks in either order: a cedilla (class 202) comes before an acute (230).
  EXPECT_EQ(compose_latin("c\xCC\xA7\xCC\x81"), compose_latin("c\xCC\x81\xCC\xA7"));
  // Two marks of one class: only the first composes.
  EXPECT_EQ("\xC3\xA9\xCC\x80", compose_latin("e\xCC\x81\xCC\x80"));
  // Outside the table, and bytes that are not UTF-8, stay as they are.
  EXPECT_EQ("e\xCC\xA3 x\xCC\x81 \xFF", compose_latin("e\xCC\xA3 x\xCC\x81 \xFF"));
  EXPECT_EQ("plain", compose_latin("plain"));
}

TEST(FoldName, FoldsCaseOfAsciiAndTheComposedLetters) {
  EXPECT_EQ("caf\xC3\xA9", fold_name("CAFE\xCC\x81"));
  EXPECT_EQ(fold_name("Caf\xC3\xA9"), fold_name("cAF\xC3\x89"));
  EXPECT_EQ(fold_name("\xC5\x81\xC3\xB3"
                      "d\xC5\xBA"),
            fold_name("\xC5\x82O\xCC\x81"
                      "D\xC5\xB9"));             // Łódź
  EXPECT_EQ("\xC3\xBF", fold_name("\xC5\xB8"));  // Ÿ
  EXPECT_EQ("\xC4\xB0", fold_name("\xC4\xB0"));  // dotted capital I: no one-letter lowercase
  EXPECT_NE(fold_name("caf\xC3\xA9"), fold_name("cafe"));
  EXPECT_EQ("lisa", fold_name("LISA"));
}

}  // namespace
}  // namespace mllmseg::text
