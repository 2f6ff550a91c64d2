#pragma once
// mllmseg info: which catalog is in use, and what it holds.

#include "cli_fwd.h"
#include "context.h"
#include "json_flags.h"

namespace mllmseg::app {

struct InfoOptions {
  JsonFlags json;
};

CLI::App* setup_info(CLI::App& app, InfoOptions& options);
Outcome run_info(const InfoOptions& options, const GlobalOptions& global, const Console& console);

}  // namespace mllmseg::app
