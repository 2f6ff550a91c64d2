#pragma once
// What the importer says about a list: each problem it met, with the line,
// a rule name shared with `mllmseg lint`, and whether part of the list was
// left out because of it.

#include <string>
#include <vector>

namespace mllmseg::importer {

struct Diagnostic {
  int line = 0;      // line of the list, from 1; 0 when not about one line
  std::string key;   // the paper's key, when the line is an imported entry
  std::string rule;  // "section-conflict", "unparsed-entry", ...
  std::string message;
  bool dropped = false;  // something the list holds is not in the catalog
};

// Sorted by line (stable), so that reports read top to bottom.
void sort_by_line(std::vector<Diagnostic>& diagnostics);

}  // namespace mllmseg::importer
