// Regression: with the AUTHORS column, list's rows were 81 columns wide on an
// 80-column terminal and every one wrapped.

#include <gtest/gtest.h>

#include "format/table.h"
#include "test_support.h"
#include "util/text.h"

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

// Too narrow for the title beside AUTHORS, TASKS and CODE: they go, in that order.
TEST(TableFit, NarrowTerminalsDropTasksThenCode) {
  EXPECT_EQ(
      "NAME  VENUE    CODE  TITLE\n"
      "LISA  CVPR'24  \xE2\x9C\x93     LISA: Reasoning Segmentat\xE2\x80\xA6\n",
      at(47));
  EXPECT_EQ(
      "NAME  VENUE    TITLE\n"
      "LISA  CVPR'24  LISA: Reasoning Segmenta\xE2\x80\xA6\n",
      at(40));
}

// Every width from 40 columns up, on every paper of the catalog: no line is
// wider than the terminal, so no row wraps.
TEST(TableFit, NoLineIsWiderThanTheTerminal) {
  const Store& store = test::real_store();
  const std::vector<DocId> ids = store.all();
  for (std::size_t width = 40; width <= 200; ++width) {
    Style style;
    style.width = width;
    const std::string out = table(store, ids, style);
    std::size_t start = 0;
    for (std::size_t end = out.find('\n'); end != std::string::npos; end = out.find('\n', start)) {
      const std::string_view line(out.data() + start, end - start);
      ASSERT_LE(text::display_width(line), width) << line;
      start = end + 1;
    }
  }
}

// At 40 columns a long name is cut too, so that the title keeps some room.
TEST(TableFit, LongNamesAreCutOnlyWhenNothingElseCanGo) {
  Paper p = test::make_paper("pixfoundation", "PixFoundation-Extended 2.0", "ArXiv'2508", 2025, test::k_video,
                             std::nullopt, "PixFoundation 2.0: Do Video Multi-Modal LLMs Use Motion");
  const auto store = test::store_of({p});
  Style style;
  style.width = 40;
  EXPECT_EQ(
      "NAME            VENUE       TITLE\n"
      "PixFoundation\xE2\x80\xA6  ArXiv'2508  PixFoundati\xE2\x80\xA6\n",
      table(*store, std::vector<DocId>{0}, style));
}

}  // namespace
}  // namespace mllmseg::format
