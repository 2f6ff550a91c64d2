#pragma once
// mllmseg completions: shell completion scripts for bash, zsh and fish,
// generated from the option definitions; and, hidden, the catalog's values
// the scripts complete (--values keys|venues|tasks).

#include <CLI/CLI.hpp>
#include <string>

#include "context.h"

namespace mllmseg::app {

struct CompletionsOptions {
  std::string shell;
  std::string values;
};

CLI::App* setup_completions(CLI::App& app, CompletionsOptions& options);

// root is the whole command line definition, which the scripts describe.
Outcome run_completions(const CompletionsOptions& options, const CLI::App& root, const GlobalOptions& global);

}  // namespace mllmseg::app
