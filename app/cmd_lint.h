#pragma once
// mllmseg lint: data-quality findings on a catalog or a list, for the
// list's maintainers.

#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "json_flags.h"

namespace mllmseg::app {

struct LintOptions {
  std::string file;  // empty: the catalog in use
  JsonFlags json;
};

CLI::App* setup_lint(CLI::App& app, LintOptions& options);
Outcome run_lint(const LintOptions& options, const GlobalOptions& global, const Console& console);

}  // namespace mllmseg::app
