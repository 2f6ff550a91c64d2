#include "catalog/task.h"

#include <fmt/format.h>

#include "util/text.h"

namespace mllmseg {

namespace {

struct TaskName {
  std::string_view name;
  TaskSet tasks;
};

constexpr TaskSet k_res = task_bit(Task::res);
constexpr TaskSet k_ovss = task_bit(Task::ovss);
constexpr TaskSet k_video = task_bit(Task::video);

constexpr TaskName k_task_names[] = {
    {"res", k_res},         {"ovss", k_ovss},
    {"video", k_video},     {"image", k_res | k_ovss},
    {"referring", k_res},   {"referring-expression", k_res},
    {"reasoning", k_res},   {"open-vocabulary", k_ovss},
    {"open-vocab", k_ovss}, {"ov", k_ovss},
    {"semantic", k_ovss},   {"vos", k_video},
};

}  // namespace

std::string_view task_id(Task t) {
  switch (t) {
    case Task::res:
      return "res";
    case Task::ovss:
      return "ovss";
    case Task::video:
      return "video";
  }
  return "?";
}

std::string_view task_title(Task t) {
  switch (t) {
    case Task::res:
      return "Referring Expression Segmentation";
    case Task::ovss:
      return "Open-Vocabulary Semantic Segmentation";
    case Task::video:
      return "Video Segmentation";
  }
  return "?";
}

std::optional<Task> task_from_id(std::string_view id) {
  for (Task t : k_all_tasks) {
    if (task_id(t) == id) {
      return t;
    }
  }
  return std::nullopt;
}

Result<TaskSet> parse_task_filter(std::string_view value) {
  const std::string wanted = text::to_lower(text::trim(value));
  for (const auto& entry : k_task_names) {
    if (entry.name == wanted) {
      return entry.tasks;
    }
  }
  std::string message = fmt::format("unknown task '{}'", value);
  if (auto guess = text::closest(wanted, task_filter_names())) {
    message += fmt::format("; did you mean '{}'?", *guess);
  } else {
    message += " (expected res, ovss, video or image)";
  }
  return Error{message};
}

std::string task_list(TaskSet set, std::string_view sep) {
  std::string out;
  for (Task t : k_all_tasks) {
    if (has_task(set, t)) {
      if (!out.empty()) {
        out += sep;
      }
      out += task_id(t);
    }
  }
  return out;
}

std::vector<std::string> task_filter_names() {
  std::vector<std::string> names;
  for (const auto& entry : k_task_names) {
    names.emplace_back(entry.name);
  }
  return names;
}

}  // namespace mllmseg
