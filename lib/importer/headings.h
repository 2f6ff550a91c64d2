#pragma once
// Which task a section of the list is about, read from the words of its
// heading, so that a renamed or misspelt heading ("Refering Expression
// Segmentaion", "Open Vocabulary ...", "Videos") still finds its task.

#include <string_view>

#include "catalog/task.h"

namespace mllmseg::importer {

// The tasks a heading names: res for "referring", ovss for "open-vocabulary"
// (or "vocabulary"), video for "video", each word allowing one or two slips
// of the keyboard. No task, or more than one, means the heading cannot be
// mapped.
TaskSet tasks_named_by(std::string_view heading);

// Whether the entries under a heading go to a section: the heading names one
// task, or it names none and the heading enclosing it (parent_takes) takes
// entries.
bool takes_entries(TaskSet tasks, bool parent_takes);

// The words tasks_named_by looks for, for messages.
inline constexpr std::string_view k_task_words = "referring (res), open-vocabulary (ovss) or video (video)";

}  // namespace mllmseg::importer
