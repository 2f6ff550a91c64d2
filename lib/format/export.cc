#include "format/export.h"

#include <algorithm>

#include "format/json.h"

namespace mllmseg::format {

namespace {

constexpr ExportFormat k_formats[] = {
    {"bibtex", "BibTeX: @inproceedings, @article, @misc with eprint", render_bibtex},
    {"biblatex", "BibLaTeX: @inproceedings, @article, @online with eprint", render_biblatex},
    {"csl-json", "CSL-JSON for pandoc --citeproc and Zotero", render_csl_json},
    {"ris", "RIS for Zotero, EndNote and Mendeley", render_ris},
    {"csv", "RFC 4180, one header row, CRLF line ends", render_csv},
    {"tsv", "the csv columns, tab-separated, LF line ends", render_tsv},
    {"json", "the catalog format; loads again with --catalog", render_json},
    {"jsonl", "one paper record of the catalog format a line", render_jsonl},
    {"markdown", "the list's own format: sections, numbering, ids", render_markdown},
};

}  // namespace

std::span<const ExportFormat> export_formats() { return k_formats; }

const ExportFormat* find_export_format(std::string_view name) {
  const auto it = std::find_if(std::begin(k_formats), std::end(k_formats),
                               [&](const ExportFormat& f) { return f.name == name; });
  return it == std::end(k_formats) ? nullptr : &*it;
}

std::vector<std::string> export_format_names() {
  std::vector<std::string> names;
  for (const auto& f : k_formats) {
    names.emplace_back(f.name);
  }
  return names;
}

std::string render_json(const Store& store, std::span<const DocId> ids) {
  return catalog_document(store, ids);
}

}  // namespace mllmseg::format
