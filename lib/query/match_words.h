#pragma once
// The words a search looked for, as it looked for them, for each column that
// shows them: what result tables mark (format/highlight.h).

#include <string>
#include <vector>

namespace mllmseg {

// The query words (lowercase) to mark in each column.
struct MatchWords {
  std::vector<std::string> name_words;
  std::vector<std::string> title_words;

  bool empty() const { return name_words.empty() && title_words.empty(); }
};

}  // namespace mllmseg
