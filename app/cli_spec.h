#pragma once
// The CLI11 definitions as the library's command model (cli/command.h), from
// which completion scripts and the man page are generated.

#include "cli/command.h"
#include "cli_fwd.h"

namespace mllmseg::app {

// Every visible command and option of app; hidden ones (group "") are left out.
cli::CommandSpec describe(const CLI::App& app);

}  // namespace mllmseg::app
