#pragma once
// mllmseg completions: shell completion scripts for bash, zsh and fish,
// generated from the option definitions; and, hidden, the catalog's values
// the scripts complete (--values keys|venues|tasks).

#include <string>

#include "cli/command.h"
#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct CompletionsOptions {
  std::string shell;
  std::string values;
};

CLI::App* setup_completions(CLI::App& app, CompletionsOptions& options);

// spec is the whole command line, as cli_spec.h describes it.
Outcome run_completions(const CompletionsOptions& options, const cli::CommandSpec& spec,
                        const GlobalOptions& global);

}  // namespace mllmseg::app
