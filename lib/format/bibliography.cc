#include "format/bibliography.h"

#include <fmt/format.h>
#include <algorithm>

#include "format/export.h"

namespace mllmseg::format {

namespace {

constexpr BibliographyFormat k_formats[] = {
    {"bibtex", bibtex_items},
    {"biblatex", biblatex_items},
    {"csl-json", csl_json_items},
    {"ris", ris_items},
};

}  // namespace

std::span<const BibliographyFormat> bibliography_formats() { return k_formats; }

const BibliographyFormat* find_bibliography_format(std::string_view name) {
  const auto it = std::find_if(std::begin(k_formats), std::end(k_formats),
                               [&](const BibliographyFormat& f) { return f.name == name; });
  return it == std::end(k_formats) ? nullptr : &*it;
}

std::vector<std::string> bibliography_format_names() {
  std::vector<std::string> names;
  for (const auto& f : k_formats) {
    names.emplace_back(f.name);
  }
  return names;
}

std::vector<BibItem> keyed_items(const Store& store, std::span<const DocId> ids, KeyFormat format) {
  const std::vector<std::string> keys = citation_keys(store, format);
  std::vector<BibItem> items;
  items.reserve(ids.size());
  for (DocId id : ids) {
    items.push_back(BibItem{id, keys[id]});
  }
  return items;
}

std::vector<BibItem> expand_aliases(std::span<const BibItem> items) {
  std::vector<BibItem> out;
  for (const BibItem& item : items) {
    out.push_back(BibItem{item.id, item.key});
    for (const std::string& alias : item.aliases) {
      out.push_back(BibItem{item.id, alias});
    }
  }
  return out;
}

std::size_t items_without_authors(const Store& store, std::span<const BibItem> items) {
  return static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [&](const BibItem& item) { return store.paper(item.id).authors.empty(); }));
}

std::string without_authors_notice(std::size_t without, std::size_t entries) {
  if (without == 0) {
    return {};
  }
  return fmt::format("mllmseg: note: {} of {} {} no authors; 'mllmseg enrich' fills them in from arXiv\n",
                     without, entries,
                     entries == 1   ? "entry has"
                     : without == 1 ? "entries has"
                                    : "entries have");
}

std::string render_bibtex(const Store& store, std::span<const DocId> ids) {
  return bibtex_items(store, keyed_items(store, ids, KeyFormat::catalog));
}

std::string render_biblatex(const Store& store, std::span<const DocId> ids) {
  return biblatex_items(store, keyed_items(store, ids, KeyFormat::catalog));
}

std::string render_csl_json(const Store& store, std::span<const DocId> ids) {
  return csl_json_items(store, keyed_items(store, ids, KeyFormat::catalog));
}

std::string render_ris(const Store& store, std::span<const DocId> ids) {
  return ris_items(store, keyed_items(store, ids, KeyFormat::catalog));
}

}  // namespace mllmseg::format
