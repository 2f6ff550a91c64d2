#pragma once
// mllmseg open: a paper's link (or its code, or its project page) in the
// browser; the paper named by key, name or identifier (arXiv id, DOI, link),
// as show takes it.

#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct OpenOptions {
  std::string paper;
  bool code = false;
  bool project = false;
  bool print = false;
  bool stdin_is_catalog = false;  // set by the command line: the catalog is read from standard input
};

CLI::App* setup_open(CLI::App& app, OpenOptions& options);
Outcome run_open(const OpenOptions& options, const Store& store);

}  // namespace mllmseg::app
