#include "importer/headings.h"

#include <string>
#include <vector>

#include "util/text.h"

namespace mllmseg::importer {

namespace {

// Lowercase ASCII words; anything else (punctuation, emoji) separates them.
std::vector<std::string> words_of(std::string_view heading) {
  std::vector<std::string> words;
  std::string word;
  for (char c : heading) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      word += lower;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  return words;
}

bool one_swap(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) {
    ++i;
  }
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

// word is target, or target with a slip: one edit (two for long words) or
// two neighbouring letters swapped.
bool near(std::string_view word, std::string_view target) {
  if (word == target) {
    return true;
  }
  const std::size_t limit = target.size() >= 8 ? 2 : 1;
  return text::edit_distance(word, target, limit) <= limit || one_swap(word, target);
}

}  // namespace

TaskSet tasks_named_by(std::string_view heading) {
  TaskSet tasks = 0;
  for (const std::string& w : words_of(heading)) {
    if (w == "res" || w.starts_with("refer") || near(w, "referring")) {
      tasks |= task_bit(Task::res);
    }
    if (w == "ovss" || w == "ovs" || w.starts_with("vocab") || near(w, "vocabulary") ||
        near(w, "openvocabulary")) {
      tasks |= task_bit(Task::ovss);
    }
    if (near(w, "video") || near(w, "videos")) {
      tasks |= task_bit(Task::video);
    }
  }
  return tasks;
}

bool takes_entries(TaskSet tasks, bool parent_takes) {
  return tasks != 0 ? (tasks & (tasks - 1)) == 0 : parent_takes;
}

}  // namespace mllmseg::importer
