#pragma once
// mllmseg show: every field of one paper, found by key or name.

#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct ShowOptions {
  std::string paper;
  bool json = false;
};

CLI::App* setup_show(CLI::App& app, ShowOptions& options);
Outcome run_show(const ShowOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
