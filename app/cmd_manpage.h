#pragma once
// mllmseg manpage (hidden): the man page, generated from the option
// definitions; docs/mllmseg.1 is its output, and a test keeps it so.

#include "cli/command.h"
#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

CLI::App* setup_manpage(CLI::App& app);
// spec is the whole command line, as cli_spec.h describes it.
Outcome run_manpage(const cli::CommandSpec& spec);

}  // namespace mllmseg::app
