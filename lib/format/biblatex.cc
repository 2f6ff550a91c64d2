// BibLaTeX export: @inproceedings with booktitle, @article with journaltitle,
// @online for arXiv preprints; dates as ISO "2025-01" in date, arXiv ids as
// eprint with eprinttype = {arxiv}. Keys come from citekey.h.
#include <fmt/format.h>

#include "catalog/venue.h"
#include "format/bib.h"
#include "format/citekey.h"
#include "format/export.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_width = 12;  // "journaltitle"

std::string biblatex_entry(const Paper& p, const VenueInfo& venue, std::string_view key) {
  const std::string_view type = venue.kind == VenueKind::preprint  ? "online"
                                : venue.kind == VenueKind::journal ? "article"
                                                                   : "inproceedings";
  std::vector<BibField> fields;
  fields.push_back({"title", tex_title(p.title)});
  if (std::string authors = bib_authors(p.authors); !authors.empty()) {
    fields.push_back({"author", std::move(authors)});
  }
  if (venue.kind == VenueKind::conference) {
    fields.push_back({"booktitle", tex_escape(venue.full_name)});
  } else if (venue.kind == VenueKind::journal) {
    fields.push_back({"journaltitle", tex_escape(venue.full_name)});
  }
  const bool iso_year = p.year >= 0 && p.year <= 9999;
  if (iso_year && p.month && *p.month >= 1 && *p.month <= 12) {
    fields.push_back({"date", fmt::format("{:04}-{:02}", p.year, *p.month)});
  } else if (iso_year) {
    fields.push_back({"date", fmt::format("{:04}", p.year)});
  } else {
    fields.push_back({"year", std::to_string(p.year)});
  }
  add_link_fields(p, "eprinttype", "arxiv", fields);
  return bib_entry(type, key, fields, k_width);
}

}  // namespace

std::string render_biblatex(const Store& store, std::span<const DocId> ids) {
  return bib_entries(store, ids, biblatex_entry);
}

}  // namespace mllmseg::format
