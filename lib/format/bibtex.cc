// BibTeX export, written for what the standard styles (plain, unsrt, alpha,
// IEEEtran, natbib's) print: @inproceedings with the venue's full name as
// booktitle for conference papers, @article with journal for journal papers,
// @misc for arXiv preprints with howpublished = {arXiv preprint arXiv:ID}, so
// that every style shows the identifier, and eprint and archivePrefix for the
// styles that link it. A paper without authors gets no author field but key,
// which the sorting styles sort by instead. Keys are the caller's (citekey.h).
#include "catalog/venue.h"
#include "format/bib.h"
#include "format/bibliography.h"
#include "format/export.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_width = 13;  // "archivePrefix"
constexpr std::string_view k_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};

std::string bibtex_entry(const BibSource& source) {
  const Paper& p = source.paper;
  const VenueInfo& venue = source.venue;
  const std::string_view type = venue.kind == VenueKind::preprint  ? "misc"
                                : venue.kind == VenueKind::journal ? "article"
                                                                   : "inproceedings";
  std::vector<BibField> fields;
  fields.push_back({"title", tex_title(p.title, p.name)});
  if (std::string authors = bib_authors(p.authors); !authors.empty()) {
    fields.push_back({"author", std::move(authors)});
  } else {
    fields.push_back({"key", tex_escape(p.name.empty() ? p.key : p.name)});
  }
  if (venue.kind == VenueKind::conference) {
    fields.push_back({"booktitle", tex_escape(venue.full_name)});
  } else if (venue.kind == VenueKind::journal) {
    fields.push_back({"journal", tex_escape(venue.full_name)});
  } else if (p.arxiv) {
    fields.push_back({"howpublished", "arXiv preprint arXiv:" + tex_escape(*p.arxiv)});
  } else {
    fields.push_back({"howpublished", "arXiv preprint"});
  }
  fields.push_back({"year", std::to_string(p.year)});
  if (p.month && *p.month >= 1 && *p.month <= 12) {
    fields.push_back({"month", std::string(k_months[*p.month - 1]), false});
  }
  add_link_fields(p, "archivePrefix", "arXiv", fields);
  return bib_entry(type, source.key, fields, k_width);
}

}  // namespace

std::string bibtex_items(const Store& store, std::span<const BibItem> items) {
  const std::vector<BibItem> expanded = expand_aliases(items);
  return bib_entries(store, expanded, bibtex_entry);
}

}  // namespace mllmseg::format
