#pragma once
// The bibliography formats (bibtex, biblatex, csl-json, ris) written under
// keys the caller chooses: export's citation keys (citekey.h) in either
// scheme, or the keys a document cites (cite/), several for one paper.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format/citekey.h"
#include "store/store.h"

namespace mllmseg::format {

// One paper under the key it is written as. aliases are further keys it is
// cited as: biblatex lists them in its ids field; the other formats repeat
// the entry under each alias, right after this one.
struct BibItem {
  DocId id = 0;
  std::string key;
  std::vector<std::string> aliases{};
};

struct BibliographyFormat {
  std::string_view name;
  std::string (*render)(const Store& store, std::span<const BibItem> items);
};

std::span<const BibliographyFormat> bibliography_formats();
const BibliographyFormat* find_bibliography_format(std::string_view name);
std::vector<std::string> bibliography_format_names();

// The papers of ids under their citation keys in a scheme.
std::vector<BibItem> keyed_items(const Store& store, std::span<const DocId> ids, KeyFormat format);

// items with each alias made an item of its own, after its paper's: for the
// formats without an ids field.
std::vector<BibItem> expand_aliases(std::span<const BibItem> items);

// How many of items' papers have no authors (every format leaves the
// author field out rather than write an empty one).
std::size_t items_without_authors(const Store& store, std::span<const BibItem> items);

// "mllmseg: note: 1 of 74 entries has no authors; 'mllmseg enrich' fills
// them in from arXiv\n", or "" when every paper has authors.
std::string without_authors_notice(std::size_t without, std::size_t entries);

std::string bibtex_items(const Store& store, std::span<const BibItem> items);
std::string biblatex_items(const Store& store, std::span<const BibItem> items);
std::string csl_json_items(const Store& store, std::span<const BibItem> items);
std::string ris_items(const Store& store, std::span<const BibItem> items);

}  // namespace mllmseg::format
