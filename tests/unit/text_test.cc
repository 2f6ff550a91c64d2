#include "util/text.h"

#include <gtest/gtest.h>

namespace mllmseg::text {
namespace {

TEST(Tokenize, SplitsOnPunctuationAndLowercases) {
  EXPECT_EQ((std::vector<std::string>{"omg", "llava", "bridging"}), tokenize("OMG-LLaVA: Bridging"));
}

}  // namespace
}  // namespace mllmseg::text
