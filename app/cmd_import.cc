#include "cmd_import.h"

#include <fmt/format.h>

#include "catalog/load.h"
#include "format/json.h"
#include "importer/document.h"
#include "io/output.h"

namespace mllmseg::app {

Outcome run_import(const ImportOptions& options) {
  if (options.output && options.output->empty()) {
    throw Failure("--output: empty file name (use - for standard output)");
  }
  const std::string origin = options.file == "-" ? "<stdin>" : options.file;
  const auto bytes = read_input(options.file, k_max_catalog_bytes, "list");
  if (!bytes) {
    throw Failure(bytes.error());
  }
  const importer::Import imported = importer::import_list(*bytes);
  Outcome outcome;
  std::size_t dropped = 0;
  for (const importer::Diagnostic& d : imported.diagnostics) {
    // Part of the list left out is an error: nothing disappears with only a warning.
    dropped += d.dropped ? 1U : 0U;
    outcome.notes += fmt::format("mllmseg: {}: {}:{}: {} [{}]\n", d.dropped ? "error" : "warning", origin,
                                 d.line, d.message, d.rule);
  }
  if (imported.catalog.papers.empty()) {
    outcome.notes += fmt::format(
        "mllmseg: error: {}: not a list: no numbered entry under a heading that names a task\n", origin);
    outcome.status = 2;
    return outcome;
  }
  const auto count = [](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  outcome.notes += fmt::format("mllmseg: note: {} from {} in {}\n",
                               count(imported.catalog.papers.size(), "paper", "papers"),
                               count(imported.entries.size(), "entry", "entries"),
                               count(imported.catalog.sections.size(), "section", "sections"));
  if (options.strict && (imported.dropped() || imported.incomplete())) {
    std::size_t without_link = 0;
    for (const Paper& p : imported.catalog.papers) {
      without_link += p.pdf.empty() ? 1U : 0U;
    }
    outcome.notes +=
        imported.dropped()
            ? std::string("mllmseg: error: part of the list was not imported (--strict); nothing written\n")
            : fmt::format("mllmseg: error: {} no paper link (--strict); nothing written\n",
                          without_link == 1 ? std::string("a paper has")
                                            : fmt::format("{} papers have", without_link));
    outcome.status = 1;
    return outcome;
  }
  if (dropped > 0) {
    outcome.notes += fmt::format("mllmseg: error: {} part{} of the list {} not imported; see above\n",
                                 dropped, dropped == 1 ? "" : "s", dropped == 1 ? "was" : "were");
    outcome.status = 1;
  }
  auto json = format::validated_json(imported.catalog);
  if (!json) {
    throw Failure(json.error());
  }
  if (!options.output || *options.output == "-") {
    outcome.out = std::move(*json);
    return outcome;
  }
  if (auto written = io::write_file_atomic(*options.output, *json); !written) {
    throw Failure(written.error());
  }
  return outcome;
}

}  // namespace mllmseg::app
