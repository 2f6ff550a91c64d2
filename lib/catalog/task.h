#pragma once
// The three tasks the bibliography is organised by, and the names people use
// for them on the command line.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg {

enum class Task : std::uint8_t { res = 0, ovss = 1, video = 2 };

inline constexpr Task k_all_tasks[] = {Task::res, Task::ovss, Task::video};

// A set of tasks as a bit mask (bit i is Task i).
using TaskSet = std::uint8_t;

constexpr TaskSet task_bit(Task t) { return static_cast<TaskSet>(1u << static_cast<unsigned>(t)); }
constexpr bool has_task(TaskSet set, Task t) { return (set & task_bit(t)) != 0; }

// The catalog id: "res", "ovss" or "video".
std::string_view task_id(Task t);

// The section title people know the task by: "Referring Expression Segmentation".
std::string_view task_title(Task t);

// Exactly a catalog id.
std::optional<Task> task_from_id(std::string_view id);

// A --task value: an id, "image" (res and ovss) or a readable alias such as
// "referring" or "open-vocabulary"; case-insensitive. Unknown names get a
// suggestion.
Result<TaskSet> parse_task_filter(std::string_view value);

// Ids of the tasks in set, in canonical order, joined by sep.
std::string task_list(TaskSet set, std::string_view sep);

// Every name parse_task_filter accepts, for help text and completions.
std::vector<std::string> task_filter_names();

}  // namespace mllmseg
