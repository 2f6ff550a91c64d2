#pragma once
// mllmseg show: every field of papers named by key, name or identifier (arXiv
// id, DOI, link), in the order given; "-" reads names from standard input.

#include <string>
#include <vector>

#include "cli_fwd.h"
#include "context.h"
#include "json_flags.h"

namespace mllmseg::app {

struct ShowOptions {
  std::vector<std::string> papers;
  JsonFlags json;
  bool stdin_is_catalog = false;  // set by the command line: the catalog is read from standard input
};

CLI::App* setup_show(CLI::App& app, ShowOptions& options);
// Shows the papers found, like cat with a missing file: an error for each
// name not found, and status 2 if there was one.
Outcome run_show(const ShowOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
