#pragma once
// mllmseg open: a paper's link (or its code) in the browser.

#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct OpenOptions {
  std::string paper;
  bool code = false;
  bool print = false;
};

CLI::App* setup_open(CLI::App& app, OpenOptions& options);
Outcome run_open(const OpenOptions& options, const Store& store);

}  // namespace mllmseg::app
