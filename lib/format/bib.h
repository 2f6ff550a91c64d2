#pragma once
// What BibTeX and BibLaTeX exports share: TeX escaping, capital protection
// in titles, author lists, URLs that keep braces balanced, the layout of one
// entry, and the entries of a list of keyed papers.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/venue.h"
#include "format/bibliography.h"
#include "store/store.h"

namespace mllmseg::format {

// The TeX specials { } % & $ # _ ~ ^ \ escaped; runs of whitespace (line
// breaks included, which would make a paragraph) become one space. Braces
// become \{ \} when they pair up in order, else \textbraceleft{} and
// \textbraceright{}, as BibTeX counts \{ and \} too and must see them balanced.
std::string tex_escape(std::string_view s);

// A title escaped as tex_escape does, with braces around each word that
// keeps_capitals (capitals.h): {LISA}, {SAM2}, {LLaVA}, {OMG-LLaVA}, {3D};
// and around the paper's own short name, name, where the title holds it as a
// word ({Seg-Zero}, {Vitron}), as styles that lowercase titles would lowercase it.
std::string tex_title(std::string_view title, std::string_view name = {});

// Authors as BibTeX's "Family, Given and Family, Given": each name split by
// split_person_name and escaped; a part holding a comma or the word "and" is
// braced so that BibTeX does not split there.
std::string bib_authors(const std::vector<std::string>& authors);

// A URL or DOI for a field that LaTeX reads verbatim: characters that would
// unbalance braces or end the field (braces, backslash, whitespace) are
// percent-encoded; everything else is left as it is.
std::string bib_url(std::string_view url);

struct BibField {
  std::string_view name;
  std::string value;
  bool braced = true;  // false for macros such as month = jan
};

// "@type{key,\n  name = {value},\n ...}\n", names padded to width.
std::string bib_entry(std::string_view type, std::string_view key, const std::vector<BibField>& fields,
                      std::size_t width);

// The fields both dialects end an entry with: doi, eprint with its prefix
// field (archivePrefix = arXiv, or eprinttype = arxiv), url and abstract.
void add_link_fields(const Paper& p, std::string_view eprint_field, std::string_view eprint_value,
                     std::vector<BibField>& fields);

// What an entry is written from: the paper, its venue, its key and the
// other keys it is cited as.
struct BibSource {
  const Paper& paper;
  VenueInfo venue;
  std::string_view key;
  std::span<const std::string> aliases;
};

// The entries of items, one make_entry each, separated by blank lines.
std::string bib_entries(const Store& store, std::span<const BibItem> items,
                        std::string (*make_entry)(const BibSource&));

}  // namespace mllmseg::format
