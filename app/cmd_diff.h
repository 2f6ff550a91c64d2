#pragma once
// mllmseg diff: papers added, removed and changed between two catalogs or
// lists.

#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "json_flags.h"

namespace mllmseg::app {

struct DiffOptions {
  std::string before;
  std::string after;
  JsonFlags json;
};

CLI::App* setup_diff(CLI::App& app, DiffOptions& options);
Outcome run_diff(const DiffOptions& options, const Console& console);

}  // namespace mllmseg::app
