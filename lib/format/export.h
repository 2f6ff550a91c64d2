#pragma once
// The export formats. Each lives in a file of its own (format/csv.cc ...) and
// is listed once in format/export.cc.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg::format {

struct ExportFormat {
  std::string_view name;
  std::string_view description;
  std::string (*render)(const Store& store, std::span<const DocId> ids);
};

std::span<const ExportFormat> export_formats();
const ExportFormat* find_export_format(std::string_view name);
std::vector<std::string> export_format_names();

// The formats' own renderers.
std::string render_bibtex(const Store& store, std::span<const DocId> ids);
std::string render_biblatex(const Store& store, std::span<const DocId> ids);
std::string render_csl_json(const Store& store, std::span<const DocId> ids);
std::string render_ris(const Store& store, std::span<const DocId> ids);
std::string render_csv(const Store& store, std::span<const DocId> ids);
std::string render_tsv(const Store& store, std::span<const DocId> ids);
std::string render_json(const Store& store, std::span<const DocId> ids);
std::string render_jsonl(const Store& store, std::span<const DocId> ids);
std::string render_markdown(const Store& store, std::span<const DocId> ids);

}  // namespace mllmseg::format
