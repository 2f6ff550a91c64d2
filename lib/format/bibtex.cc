// BibTeX export: @inproceedings with the venue's full name as booktitle for
// conference papers, @article with journal for journal papers, @misc with
// eprint and archivePrefix for arXiv preprints. Keys come from citekey.h.
#include "catalog/venue.h"
#include "format/bib.h"
#include "format/citekey.h"
#include "format/export.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_width = 13;  // "archivePrefix"
constexpr std::string_view k_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};

std::string bibtex_entry(const Paper& p, const VenueInfo& venue, std::string_view key) {
  const std::string_view type = venue.kind == VenueKind::preprint  ? "misc"
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
    fields.push_back({"journal", tex_escape(venue.full_name)});
  }
  fields.push_back({"year", std::to_string(p.year)});
  if (p.month && *p.month >= 1 && *p.month <= 12) {
    fields.push_back({"month", std::string(k_months[*p.month - 1]), false});
  }
  add_link_fields(p, "archivePrefix", "arXiv", fields);
  return bib_entry(type, key, fields, k_width);
}

}  // namespace

std::string render_bibtex(const Store& store, std::span<const DocId> ids) {
  return bib_entries(store, ids, bibtex_entry);
}

}  // namespace mllmseg::format
