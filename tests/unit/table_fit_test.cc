// Regression: with the AUTHORS column, list's rows were 81 columns wide on an
// 80-column terminal and every one wrapped.

#include <gtest/gtest.h>

#include "format/table.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::unique_ptr<Store> lisa() {
  Paper p = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, "https://github.com/x/LISA",
                             "LISA: Reasoning Segmentation via Large Language Model");
  p.authors = {"Xin Lai", "Zhuotao Tian", "Yukang Chen"};
  return test::store_of({p});
}

std::string at(std::size_t width) {
  Style style;
  style.width = width;
  return table(*lisa(), std::vector<DocId>{0}, style);
}

// The other columns take 40, or 28 without AUTHORS.
TEST(TableFit, EveryColumnWhenTheTitleKeepsTwenty) {
  EXPECT_EQ(
      "NAME  AUTHORS     VENUE    TASKS  CODE  TITLE\n"
      "LISA  Lai et al.  CVPR'24  res    \xE2\x9C\x93     LISA: Reasoning Seg\xE2\x80\xA6\n",
      at(60));
}

TEST(TableFit, RowsNeverWrapWhenDroppingAuthorsMakesRoom) {
  EXPECT_EQ(
      "NAME  VENUE    TASKS  CODE  TITLE\n"
      "LISA  CVPR'24  res    \xE2\x9C\x93     LISA: Reasoning Segmentation v\xE2\x80\xA6\n",
      at(59));
}

TEST(TableFit, TooNarrowForEitherKeepsEveryColumn) {
  EXPECT_EQ(
      "NAME  AUTHORS     VENUE    TASKS  CODE  TITLE\n"
      "LISA  Lai et al.  CVPR'24  res    \xE2\x9C\x93     LISA: Reasoning Seg\xE2\x80\xA6\n",
      at(40));
}

}  // namespace
}  // namespace mllmseg::format
