#include "format/table.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::format {
namespace {

std::unique_ptr<Store> tiny_store() {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "LISA", "CVPR'24", 2024, test::k_res,
                                    "https://github.com/dvlab-research/LISA",
                                    "LISA: Reasoning Segmentation via Large Language Model"));
  papers.back().authors = {"Xin Lai", "Zhuotao Tian", "Jiaya Jia"};
  papers.push_back(test::make_paper("b", "VideoLISA", "NeurIPS'24", 2024, test::k_video, std::nullopt,
                                    "One Token to Seg Them"));
  return test::store_of(std::move(papers));
}

Style style(std::size_t width, bool color, bool utf8) {
  Style s;
  s.width = width;
  s.color = color;
  s.utf8 = utf8;
  return s;
}

const std::vector<DocId> k_both{0, 1};

TEST(Table, Utf8WithoutColour) {
  EXPECT_EQ(
      "NAME       AUTHORS     VENUE       TASKS  CODE  TITLE\n"
      "LISA       Lai et al.  CVPR'24     res    \xE2\x9C\x93     LISA: Reasoning Segment\xE2\x80\xA6\n"
      "VideoLISA  -           NeurIPS'24  video  -     One Token to Seg Them\n",
      table(*tiny_store(), k_both, style(72, false, true)));
}

TEST(Table, AsciiWithoutColour) {
  EXPECT_EQ(
      "NAME       AUTHORS     VENUE       TASKS  CODE  TITLE\n"
      "LISA       Lai et al.  CVPR'24     res    yes   LISA: Reasoning Segme...\n"
      "VideoLISA  -           NeurIPS'24  video  -     One Token to Seg Them\n",
      table(*tiny_store(), k_both, style(72, false, false)));
}

// Narrower than 40 columns, the table cannot fit: the name keeps 8 columns
// and the title 12.
TEST(Table, BelowFortyColumnsNameAndTitleKeepTheirLeast) {
  EXPECT_EQ(
      "NAME      VENUE       TITLE\n"
      "LISA      CVPR'24     LISA: Reaso\xE2\x80\xA6\n"
      "VideoLI\xE2\x80\xA6  NeurIPS'24  One Token t\xE2\x80\xA6\n",
      table(*tiny_store(), k_both, style(30, false, true)));
}

TEST(Table, WideTerminalCutsNothing) {
  EXPECT_EQ(
      "NAME  AUTHORS     VENUE    TASKS  CODE  TITLE\n"
      "LISA  Lai et al.  CVPR'24  res    \xE2\x9C\x93     LISA: Reasoning Segmentation via Large Language "
      "Model\n",
      table(*tiny_store(), std::vector<DocId>{0}, style(200, false, true)));
}

TEST(Table, ColourCodes) {
  EXPECT_EQ(
      "\x1b[1mNAME       AUTHORS     VENUE       TASKS  CODE  TITLE\x1b[0m\n"
      "\x1b[1;36mLISA     \x1b[0m  Lai et al.  \x1b[33mCVPR'24   \x1b[0m  res    \x1b[32m\xE2\x9C\x93   "
      "\x1b[0m  "
      "LISA: Reasoning Segment\xE2\x80\xA6\n"
      "\x1b[1;36mVideoLISA\x1b[0m  -           \x1b[33mNeurIPS'24\x1b[0m  video  \x1b[2m-   \x1b[0m  One "
      "Token to Seg "
      "Them\n",
      table(*tiny_store(), k_both, style(72, true, true)));
}

TEST(Table, ColumnsAlignOnDisplayWidth) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("cafe", "Caf\xC3\xA9", "CVPR'24", 2024, test::k_res, std::nullopt, "T"));
  papers.push_back(test::make_paper("abcde", "Abcde", "CVPR'24", 2024, test::k_res, std::nullopt, "U"));
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(
      "NAME   AUTHORS  VENUE    TASKS  CODE  TITLE\n"
      "Caf\xC3\xA9   -        CVPR'24  res    -     T\n"
      "Abcde  -        CVPR'24  res    -     U\n",
      table(*store, std::vector<DocId>{0, 1}, style(80, false, true)));
}

TEST(Table, NoRowsGivesTheHeaderOnly) {
  EXPECT_EQ("NAME  AUTHORS  VENUE  TASKS  CODE  TITLE\n", table(*tiny_store(), {}, style(80, false, true)));
}

TEST(Style, PaintWrapsInSgrOnlyWithColour) {
  EXPECT_EQ("\x1b[1;36mx\x1b[0m", style(80, true, true).paint("x", "1;36"));
  EXPECT_EQ("x", style(80, false, true).paint("x", "1;36"));
  EXPECT_EQ("", style(80, true, true).paint("", "1"));
  EXPECT_EQ("\xE2\x80\xA6", style(80, false, true).ellipsis());
  EXPECT_EQ("...", style(80, false, false).ellipsis());
}

TEST(TabSeparated, OneLinePerPaper) {
  EXPECT_EQ(
      "a\tLISA\tCVPR'24\tres\thttps://github.com/dvlab-research/LISA\tLISA: Reasoning Segmentation via Large "
      "Language "
      "Model\n"
      "b\tVideoLISA\tNeurIPS'24\tvideo\t\tOne Token to Seg Them\n",
      tab_separated(*tiny_store(), k_both));
}

TEST(TabSeparated, FollowsTheGivenOrder) {
  EXPECT_EQ("b\tVideoLISA\tNeurIPS'24\tvideo\t\tOne Token to Seg Them\n",
            tab_separated(*tiny_store(), std::vector<DocId>{1}));
  EXPECT_EQ("", tab_separated(*tiny_store(), {}));
}

TEST(TabSeparated, TabsAndLineBreaksInsideFieldsBecomeSpaces) {
  Paper p = test::make_paper("x", "Foo\tBar", "CVPR'24", 2024, test::k_res | test::k_ovss | test::k_video,
                             "https://x\ty", "Line one\nLine two\r\n");
  const auto store = test::store_of({p});
  EXPECT_EQ("x\tFoo Bar\tCVPR'24\tres,ovss,video\thttps://x y\tLine one Line two  \n",
            tab_separated(*store, std::vector<DocId>{0}));
}

}  // namespace
}  // namespace mllmseg::format
