#include "cmd_diff.h"

#include <fmt/format.h>

#include "catalog/load.h"
#include "diff/diff.h"
#include "importer/document.h"

namespace mllmseg::app {

namespace {

// A catalog or a list; a list that lost entries on the way says so, as they
// would show as removed papers.
importer::Document read(const std::string& path, std::string& notes) {
  const std::string origin = path == "-" ? "<stdin>" : path;
  const auto bytes = read_input(path, k_max_catalog_bytes, "");
  if (!bytes) {
    throw Failure(bytes.error());
  }
  auto document = importer::read_document(*bytes, origin);
  if (!document) {
    throw Failure(document.error());
  }
  if (document->list && document->list->dropped()) {
    notes += fmt::format("mllmseg: warning: part of {} could not be imported; 'mllmseg lint {}' says what\n",
                         origin, path);
  }
  return std::move(*document);
}

}  // namespace

Outcome run_diff(const DiffOptions& options, const Console& console) {
  if (options.before == "-" && options.after == "-") {
    throw Failure("only one of OLD and NEW can be standard input");
  }
  Outcome outcome;
  const importer::Document before = read(options.before, outcome.notes);
  const importer::Document after = read(options.after, outcome.notes);
  const auto fields = before.list || after.list ? diff::Fields::list : diff::Fields::all;
  const diff::CatalogDiff changes = diff::compare(before.catalog, after.catalog, fields);
  if (auto json = json_output(options.json, "diff", console)) {
    outcome.out = json_text(format::render_json(diff::diff_json(changes), *json));
  } else {
    outcome.out = diff::diff_text(changes);
  }
  outcome.status = changes.empty() ? 0 : 1;
  return outcome;
}

}  // namespace mllmseg::app
