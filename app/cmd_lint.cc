#include "cmd_lint.h"

#include <fmt/format.h>

#include "catalog/load.h"
#include "importer/document.h"
#include "lint/lint.h"

namespace mllmseg::app {

Outcome run_lint(const LintOptions& options, const GlobalOptions& global, const Console& console) {
  std::string origin;
  std::vector<lint::Finding> findings;
  if (options.file.empty()) {
    const CatalogChoice choice = choose_catalog(global);
    origin = choice.origin;
    findings = lint::lint_catalog(load_catalog(choice));
  } else {
    origin = options.file == "-" ? "<stdin>" : options.file;
    const auto bytes = read_input(options.file, k_max_catalog_bytes, "");
    if (!bytes) {
      throw Failure(bytes.error());
    }
    auto document = importer::read_document(*bytes, origin);
    if (!document) {
      throw Failure(document.error());
    }
    findings = document->list ? lint::lint_list(*document->list) : lint::lint_catalog(document->catalog);
  }
  Outcome outcome;
  outcome.status = findings.empty() ? 0 : 1;
  if (auto json = json_output(options.json, "lint", console)) {
    outcome.out = json_text(format::render_json(lint::findings_json(findings, origin), *json));
    return outcome;
  }
  outcome.out = lint::findings_text(findings, origin);
  outcome.notes = findings.empty() ? fmt::format("mllmseg: note: no findings in {}\n", origin)
                                   : fmt::format("mllmseg: note: {} finding{} in {}\n", findings.size(),
                                                 findings.size() == 1 ? "" : "s", origin);
  return outcome;
}

}  // namespace mllmseg::app
