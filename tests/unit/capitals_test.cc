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

TEST(ProtectCapitals, ThePapersOwnNameInAnyCase) {
  const auto same = [](std::string_view s) { return std::string(s); };
  EXPECT_EQ("<Seg-Zero>: Reasoning-Chain Guided",
            protect_capitals("Seg-Zero: Reasoning-Chain Guided", same, "<", ">", "Seg-Zero"));
  EXPECT_EQ("<Vitron>: A Unified Model",
            protect_capitals("Vitron: A Unified Model", same, "<", ">", "VITRON"));
  EXPECT_EQ("Seg-Zero and Vitron", protect_capitals("Seg-Zero and Vitron", same, "<", ">", "VisionLLM v2"));
}

TEST(ProtectCapitals, EmptyTitleStaysEmpty) {
  EXPECT_EQ("", protect_capitals(
                    "   ", [](std::string_view s) { return std::string(s); }, "{", "}"));
}

}  // namespace
}  // namespace mllmseg::format
