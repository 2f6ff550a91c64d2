#pragma once
// What a list cannot know, carried from the catalog in use into a catalog
// imported from a newer list, so that an update never loses curated data.
// Papers are matched by arXiv id, else DOI, else paper link. A matched paper
// takes the old record's authors, authors_source, submitted, published, doi
// and abstract wherever the new record has none. A curated fix is kept, and
// its value used, while the list still says what the fix corrected (the
// same text in the same field of the same entry); otherwise it is dropped
// and said so. The catalog takes the old one's source and provenance when
// it has none. A matched paper keeps the day it joined the list; a paper the
// old catalog does not have joined it today, as far as anyone can tell, and
// is marked listed_by "update". A section keeps its curated heading while the
// list still writes the heading the fix corrected.

#include <string>
#include <vector>

#include "catalog/paper.h"
#include "importer/import.h"

namespace mllmseg::importer {

struct CarryReport {
  std::size_t matched = 0;       // new papers found in the old catalog
  std::size_t with_authors = 0;  // of them, given the old record's authors
  std::size_t fixes_kept = 0;
  std::size_t new_papers = 0;      // not in the old catalog: listed today
  std::vector<std::string> notes;  // curated fixes dropped, one line each
};

// today: YYYY-MM-DD, the listed date of papers new to the catalog.
CarryReport carry_curated(Import& fresh, const Catalog& current, std::string_view today);

}  // namespace mllmseg::importer
