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
  if (p.doi) {
    fields.push_back({"doi", bib_url(*p.doi)});
  }
  if (p.arxiv) {
    fields.push_back({"eprint", tex_escape(*p.arxiv)});
    fields.push_back({"archivePrefix", "arXiv"});
  }
  fields.push_back({"url", bib_url(p.pdf)});
  if (p.abstract) {
    fields.push_back({"abstract", tex_escape(*p.abstract)});
  }
  return bib_entry(type, key, fields, k_width);
}

}  // namespace

std::string render_bibtex(const Store& store, std::span<const DocId> ids) {
  const std::vector<std::string> keys = citation_keys(store);
  std::string out;
  for (DocId id : ids) {
    if (!out.empty()) {
      out += '\n';
    }
    out += bibtex_entry(store.paper(id), venue_info(store.series_of(id)), keys[id]);
  }
  return out;
}

}  // namespace mllmseg::format
