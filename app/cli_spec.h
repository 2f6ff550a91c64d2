#pragma once
// The CLI11 definitions as the library's command model (cli/command.h), from
// which completion scripts and the man page are generated.

#include <string>
#include <vector>

#include "cli/command.h"
#include "cli_fwd.h"

namespace mllmseg::app {

// Every visible command and option of app; hidden ones (group "") are left out.
cli::CommandSpec describe(const CLI::App& app);

// Records the values option (of command) takes, for the completions and the
// man page: every option with a fixed set of values is defined through this,
// with the list its validation reads (sort_key_names(), export_formats() ...),
// so that the set is written once. Returns option.
CLI::Option* offers(const CLI::App& command, CLI::Option* option, std::vector<std::string> choices);

}  // namespace mllmseg::app
