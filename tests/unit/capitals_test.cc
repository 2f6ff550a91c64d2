#include "format/capitals.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

TEST(KeepsCapitals, AcronymsMixedCaseAndCapitalsWithDigits) {
  for (const char* word : {"LISA", "SAM2", "Sa2VA", "LLaVA", "VisionLLM", "V2", "3D", "GPT-4", "OMG-LLaVA",
                           "u-LLaVA", "X-Decoder", "iPhone", "(SAM)", "\"LLMs\""}) {
    EXPECT_TRUE(keeps_capitals(word)) << word;
  }
}

TEST(KeepsCapitals, OrdinaryAndTitleCaseWords) {
  for (const char* word : {"Segmentation", "A", "via", "Open-Vocabulary", "Multi-modal", "2024", "\"Quotes\"",
                           "@Home", "-Minus", "", "Über"}) {
    EXPECT_FALSE(keeps_capitals(word)) << word;
  }
}

TEST(ProtectCapitals, WrapsProtectedWordsAndLeavesTrailingPunctuationOutside) {
  const auto upper_escape = [](std::string_view s) { return std::string(s); };
  EXPECT_EQ("<LISA>: Reasoning, via <SAM2>; and <LLaVA>",
            protect_capitals("LISA: Reasoning, via SAM2; and LLaVA", upper_escape, "<", ">"));
}

TEST(ProtectCapitals, EscapesEveryPartAndCollapsesWhitespace) {
  const auto brackets = [](std::string_view s) { return "[" + std::string(s) + "]"; };
  EXPECT_EQ("[a] {[LISA]}[:] [b]", protect_capitals("  a \n LISA:\tb ", brackets, "{", "}"));
}

TEST(ProtectCapitals, EmptyTitleStaysEmpty) {
  EXPECT_EQ("", protect_capitals(
                    "   ", [](std::string_view s) { return std::string(s); }, "{", "}"));
}

}  // namespace
}  // namespace mllmseg::format
