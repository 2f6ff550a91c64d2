#include "catalog/task.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

using test::k_ovss;
using test::k_res;
using test::k_video;

TaskSet parsed(std::string_view value) {
  auto result = parse_task_filter(value);
  EXPECT_TRUE(result.ok()) << value << ": " << (result.ok() ? "" : result.error());
  return result.ok() ? *result : TaskSet{0xFF};
}

std::string parse_error(std::string_view value) {
  auto result = parse_task_filter(value);
  EXPECT_FALSE(result.ok()) << value;
  return result.ok() ? std::string("<ok>") : result.error();
}

TEST(TaskBits, OneBitPerTask) {
  EXPECT_EQ(1, k_res);
  EXPECT_EQ(2, k_ovss);
  EXPECT_EQ(4, k_video);
  EXPECT_TRUE(has_task(k_res | k_video, Task::video));
  EXPECT_FALSE(has_task(k_res | k_video, Task::ovss));
  EXPECT_FALSE(has_task(0, Task::res));
}

TEST(TaskId, NamesEachTask) {
  EXPECT_EQ("res", task_id(Task::res));
  EXPECT_EQ("ovss", task_id(Task::ovss));
  EXPECT_EQ("video", task_id(Task::video));
}

TEST(TaskTitle, IsTheSectionTitle) {
  EXPECT_EQ("Referring Expression Segmentation", task_title(Task::res));
  EXPECT_EQ("Open-Vocabulary Semantic Segmentation", task_title(Task::ovss));
  EXPECT_EQ("Video Segmentation", task_title(Task::video));
}

TEST(TaskFromId, AcceptsExactIdsOnly) {
  EXPECT_EQ(std::optional<Task>(Task::res), task_from_id("res"));
  EXPECT_EQ(std::optional<Task>(Task::ovss), task_from_id("ovss"));
  EXPECT_EQ(std::optional<Task>(Task::video), task_from_id("video"));
  EXPECT_EQ(std::nullopt, task_from_id("Video"));
  EXPECT_EQ(std::nullopt, task_from_id("image"));
  EXPECT_EQ(std::nullopt, task_from_id(""));
}

TEST(ParseTaskFilter, AcceptsIds) {
  EXPECT_EQ(k_res, parsed("res"));
  EXPECT_EQ(k_ovss, parsed("ovss"));
  EXPECT_EQ(k_video, parsed("video"));
}

TEST(ParseTaskFilter, ImageMeansResAndOvss) { EXPECT_EQ(k_res | k_ovss, parsed("image")); }

TEST(ParseTaskFilter, AcceptsAliases) {
  EXPECT_EQ(k_res, parsed("referring"));
  EXPECT_EQ(k_res, parsed("referring-expression"));
  EXPECT_EQ(k_res, parsed("reasoning"));
  EXPECT_EQ(k_ovss, parsed("open-vocabulary"));
  EXPECT_EQ(k_ovss, parsed("open-vocab"));
  EXPECT_EQ(k_ovss, parsed("ov"));
  EXPECT_EQ(k_ovss, parsed("semantic"));
  EXPECT_EQ(k_video, parsed("vos"));
}

TEST(ParseTaskFilter, IgnoresCaseAndSurroundingSpace) {
  EXPECT_EQ(k_video, parsed("VIDEO"));
  EXPECT_EQ(k_res | k_ovss, parsed("  Image "));
  EXPECT_EQ(k_ovss, parsed("Open-Vocabulary"));
}

TEST(ParseTaskFilter, UnknownNameSuggestsTheClosest) {
  EXPECT_EQ("unknown task 'vidoe'; did you mean 'video'?", parse_error("vidoe"));
  EXPECT_EQ("unknown task 'Imag'; did you mean 'image'?", parse_error("Imag"));
  EXPECT_EQ("unknown task 'ovs'; did you mean 'ovss'?", parse_error("ovs"));
}

TEST(ParseTaskFilter, UnknownNameWithNothingCloseListsTheIds) {
  EXPECT_EQ("unknown task 'segmentation' (expected res, ovss, video or image)", parse_error("segmentation"));
  EXPECT_EQ("unknown task '' (expected res, ovss, video or image)", parse_error(""));
}

TEST(TaskList, JoinsIdsInCanonicalOrder) {
  EXPECT_EQ("res,ovss,video", task_list(k_video | k_res | k_ovss, ","));
  EXPECT_EQ("res video", task_list(k_res | k_video, " "));
  EXPECT_EQ("ovss", task_list(k_ovss, ", "));
  EXPECT_EQ("", task_list(0, ","));
}

TEST(TaskFilterNames, ListsEveryAcceptedName) {
  EXPECT_EQ((std::vector<std::string>{"res", "ovss", "video", "image", "referring", "referring-expression",
                                      "reasoning", "open-vocabulary", "open-vocab", "ov", "semantic", "vos"}),
            task_filter_names());
}

}  // namespace
}  // namespace mllmseg
