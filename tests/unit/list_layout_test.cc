// The catalog fields that let the markdown export give back the list's own
// text: preamble, epilogue, sections[].blank_line, entries[].after_title.
#include <gtest/gtest.h>

#include "catalog/load.h"

namespace mllmseg {
namespace {

constexpr std::string_view k_paper =
    R"({"key":"a","name":"A","title":"T","venue":"CVPR'24","year":2024,"tasks":["res"],"arxiv":null,)"
    R"("pdf":"https://x/a.pdf","code":null)";

std::string layout_load_error(const std::string& bytes) {
  auto result = parse_catalog(bytes, "x.json");
  return result.ok() ? std::string("<ok>") : result.error();
}

TEST(ListLayout, ReadsPreambleEpilogueBlankLineAndAfterTitle) {
  const std::string doc =
      std::string(R"({"preamble":"\nIntro.\n","epilogue":"\nBye.\n",)") +
      R"("sections":[{"task":"res","heading":"R","level":2,"parent":null,"blank_line":"  "}],)" +
      R"("papers":[)" + std::string(k_paper) +
      R"(,"entries":[{"task":"res","number":1,"id":"1001","after_title":"| "}]}]})";
  auto catalog = parse_catalog(doc, "x.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("\nIntro.\n", catalog->preamble);
  EXPECT_EQ("\nBye.\n", catalog->epilogue);
  EXPECT_EQ("  ", catalog->sections.at(0).blank_line);
  EXPECT_EQ(std::optional<std::string>("| "), catalog->papers.at(0).entries.at(0).after_title);
}

TEST(ListLayout, AbsentFieldsAreEmpty) {
  auto catalog =
      parse_catalog(std::string(R"({"sections":[{"task":"res","heading":"R"}],"papers":[)") +
                        std::string(k_paper) + R"(,"entries":[{"task":"res","number":1,"id":"1"}]}]})",
                    "x.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  EXPECT_EQ("", catalog->preamble);
  EXPECT_EQ("", catalog->epilogue);
  EXPECT_EQ("", catalog->sections.at(0).blank_line);
  EXPECT_EQ(std::nullopt, catalog->papers.at(0).entries.at(0).after_title);
}

TEST(ListLayout, WrongTypesAreRefused) {
  EXPECT_EQ("x.json: \"preamble\" must be a string, found number",
            layout_load_error(R"({"preamble":1,"papers":[]})"));
  EXPECT_EQ("x.json: \"epilogue\" must be a string, found array",
            layout_load_error(R"({"epilogue":[],"papers":[]})"));
  EXPECT_EQ("x.json: sections[0]: field \"blank_line\" must be a string",
            layout_load_error(R"({"sections":[{"task":"res","heading":"R","blank_line":4}],"papers":[]})"));
  EXPECT_EQ(
      "x.json: papers[0] (key \"a\"): field \"after_title\" in \"entries\" must be a string, found boolean",
      layout_load_error(std::string(R"({"papers":[)") + std::string(k_paper) +
                        R"(,"entries":[{"task":"res","number":1,"id":"1","after_title":true}]}]})"));
}

}  // namespace
}  // namespace mllmseg
