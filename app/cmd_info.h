#pragma once
// mllmseg info: which catalog is in use, and what it holds.

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct InfoOptions {
  bool json = false;
};

CLI::App* setup_info(CLI::App& app, InfoOptions& options);
Outcome run_info(const InfoOptions& options, const GlobalOptions& global);

}  // namespace mllmseg::app
