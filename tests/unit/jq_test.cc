// format/jq: jq programs through libjq, as --jq runs them.
#include "format/jq.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

std::string out(std::string_view program, std::string_view json, bool pretty = false) {
  auto result = run_jq(program, json, pretty);
  EXPECT_TRUE(result) << result.error();
  return result ? *result : std::string();
}

std::string error(std::string_view program, std::string_view json) {
  auto result = run_jq(program, json, false);
  EXPECT_FALSE(result) << *result;
  return result ? std::string() : result.error();
}

TEST(Jq, StringsAreRawOtherValuesJsonOneALine) {
  EXPECT_EQ("lisa\nglamm\n", out(".[].key", R"([{"key":"lisa"},{"key":"glamm"}])"));
  EXPECT_EQ("2024\nnull\ntrue\n[1,2]\n{\"a\":\"b\"}\n", out("2024, null, true, [1,2], {a: \"b\"}", "null"));
  EXPECT_EQ("tab\there\n\"x\"\n", out(R"("tab\there", ("x" | tojson))", "null"));
  EXPECT_EQ("Ünïcödé\n", out(".", R"("Ünïcödé")"));
}

TEST(Jq, AStringWithNulKeepsAllItsBytes) { EXPECT_EQ(std::string("a\0b\n", 4), out(".", R"("a\u0000b")")); }

TEST(Jq, PrettyIndentsByTwoSpaces) {
  EXPECT_EQ("{\n  \"with\": 16,\n  \"without\": [\n    0\n  ]\n}\n",
            out(".", R"({"with":16,"without":[0]})", true));
  EXPECT_EQ("[]\n{}\n", out("[], {}", "null", true));
}

TEST(Jq, NoResultIsNoOutput) {
  EXPECT_EQ("", out("empty", "[]"));
  EXPECT_EQ("", out(".[]", "[]"));
}

TEST(Jq, ACompileErrorIsJqsMessageOnOneLine) {
  EXPECT_EQ("syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1",
            error(".[", "[]"));
  EXPECT_EQ("foo/0 is not defined at <top-level>, line 1", error(".a | foo", "{}"));
  EXPECT_EQ("$a is not defined at <top-level>, line 1; $b is not defined at <top-level>, line 1",
            error("$a + $b", "{}"));
}

TEST(Jq, ARuntimeErrorKeepsNoResult) {
  EXPECT_EQ(R"(Cannot index string with string "b")", error(".a, .a.b", R"({"a":"x"})"));
  EXPECT_EQ("boom", error(R"(1, error("boom"))", "null"));
  EXPECT_EQ(R"(error (not a string): {"x":1})", error(R"(error({x: 1}))", "null"));
}

TEST(Jq, HaltEndsTheOutputHaltErrorIsAnError) {
  EXPECT_EQ("1\n", out("1, halt, 2", "null"));
  EXPECT_EQ("bye", error(R"("bye\n" | halt_error)", "null"));
  EXPECT_EQ(R"({"a":1})", error("{a: 1} | halt_error(3)", "null"));
}

TEST(Jq, ModulesAreNotSearchedForAndDoNotAbort) {
  const auto result = run_jq(R"(import "foo" as f; .)", "null", false);
  ASSERT_FALSE(result);
  EXPECT_EQ("module not found: foo", result.error());
}

// jq writes nothing to standard error itself: its errors are the result,
// and debug's messages are dropped.
TEST(Jq, NothingReachesStandardError) {
  testing::internal::CaptureStderr();
  EXPECT_EQ("1\n2\n", out(".[] | debug", "[1,2]"));
  EXPECT_EQ("syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1",
            error("[", "null"));
  EXPECT_EQ("boom", error(R"(error("boom"))", "null"));
  EXPECT_EQ("", testing::internal::GetCapturedStderr());
}

// The document is the only input; jq 1.6 itself says "break" for `jq -n input`.
TEST(Jq, ThereIsNoOtherInput) {
  EXPECT_EQ("break", error("input", "null"));
  EXPECT_EQ("", out("[inputs] | empty", "null"));
}

}  // namespace
}  // namespace mllmseg::format
