#pragma once
// The list read line by line: its title, the text around its entries, its
// sections (headings mapped to tasks) and every numbered entry, each with
// its line number. Problems become diagnostics; nothing is left out without
// one.

#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "importer/diagnostic.h"
#include "importer/entry_line.h"

namespace mllmseg::importer {

struct ListEntry {
  int line = 0;
  Task task = Task::res;
  int number = 0;  // as listed; merge_entries numbers the imported ones 1, 2, ... per task
  std::string id;  // the span id, or one made up when the entry has none
  EntryLine fields;
  std::string key;  // the paper it became, filled in by merge_entries
};

struct ParsedList {
  std::string title;     // the "# " heading
  std::string preamble;  // text between the title line and the first section
  std::string epilogue;  // text after the last entry
  std::vector<Section> sections;
  std::vector<ListEntry> entries;
  std::vector<Diagnostic> diagnostics;
};

// text is clean (see clean_text): UTF-8, '\n' line ends.
ParsedList parse_list(std::string_view text);

}  // namespace mllmseg::importer
