#include "importer/import.h"

#include <algorithm>

#include "importer/encoding.h"
#include "importer/merge.h"

namespace mllmseg::importer {

bool Import::dropped() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.dropped; });
}

bool Import::incomplete() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.rule == "missing-link"; });
}

Import import_list(std::string_view bytes) {
  CleanText clean = clean_text(bytes);
  ParsedList list = parse_list(clean.text);
  Import result;
  result.diagnostics = std::move(clean.diagnostics);
  result.diagnostics.insert(result.diagnostics.end(), list.diagnostics.begin(), list.diagnostics.end());
  result.catalog.format = "mllmseg-catalog/1";
  // A list without a "# " title gets the one the markdown export gives a
  // catalog without a title, so that exporting and importing it again
  // changes nothing.
  result.catalog.title = list.title.empty() ? "Papers" : std::move(list.title);
  result.catalog.preamble = std::move(list.preamble);
  result.catalog.epilogue = std::move(list.epilogue);
  result.catalog.papers = merge_entries(list.entries, list.sections, result.diagnostics);
  result.catalog.sections = std::move(list.sections);
  result.entries = std::move(list.entries);
  sort_by_line(result.diagnostics);
  return result;
}

}  // namespace mllmseg::importer
