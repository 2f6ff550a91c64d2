// BibLaTeX export: @inproceedings with booktitle, @article with journaltitle,
// @online for arXiv preprints; dates as ISO "2025-01" in date, arXiv ids as
// eprint with eprinttype = {arxiv}, which every biblatex style prints and
// links. The other keys a document cites a paper as go in ids, so that one
// entry answers to all of them. Keys are the caller's (citekey.h).
#include <fmt/format.h>

#include "catalog/venue.h"
#include "format/bib.h"
#include "format/bibliography.h"
#include "format/export.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_width = 12;  // "journaltitle"

std::string biblatex_entry(const BibSource& source) {
  const Paper& p = source.paper;
  const VenueInfo& venue = source.venue;
  const std::string_view type = venue.kind == VenueKind::preprint  ? "online"
                                : venue.kind == VenueKind::journal ? "article"
                                                                   : "inproceedings";
  std::vector<BibField> fields;
  if (!source.aliases.empty()) {
    fields.push_back({"ids", text::join({source.aliases.begin(), source.aliases.end()}, ", ")});
  }
  fields.push_back({"title", tex_title(p.title, p.name)});
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
  return bib_entry(type, source.key, fields, k_width);
}

}  // namespace

std::string biblatex_items(const Store& store, std::span<const BibItem> items) {
  return bib_entries(store, items, biblatex_entry);
}

}  // namespace mllmseg::format
