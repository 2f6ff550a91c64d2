#pragma once
// A markdown list in the Awesome-MLLM-Segmentation format made into a
// catalog: the entry point of `mllmseg import`, and of lint, diff and update
// when they are given a list (see importer/document.h).

#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "importer/diagnostic.h"
#include "importer/list_parser.h"

namespace mllmseg::importer {

struct Import {
  Catalog catalog;                      // no source, provenance or curated data: the list has none
  std::vector<ListEntry> entries;       // every entry read, with its line and paper key
  std::vector<Diagnostic> diagnostics;  // by line

  // Whether anything the list holds is missing from the catalog.
  bool dropped() const;
  // Whether a paper was imported without what an entry should give (a paper link).
  bool incomplete() const;
};

// Never fails: a text that is not a list gives a catalog without papers.
Import import_list(std::string_view bytes);

}  // namespace mllmseg::importer
