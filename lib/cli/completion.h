#pragma once
// Shell completion scripts generated from the command model: commands,
// flags, fixed choices and files, and the catalog's keys, venues and tasks by
// running `PROGRAM [--catalog FILE] completions --values KIND` as the line is
// completed, so they follow the catalog in use.

#include <string>

#include "cli/command.h"

namespace mllmseg::cli {

// For bash: `source <(mllmseg completions bash)`, or the file in
// share/bash-completion/completions/.
std::string bash_completion(const CommandSpec& root);

// For zsh: a #compdef file for $fpath (share/zsh/vendor-completions/_mllmseg)
// that also works when sourced after compinit.
std::string zsh_completion(const CommandSpec& root);

// For fish: share/fish/vendor_completions.d/mllmseg.fish, or sourced.
std::string fish_completion(const CommandSpec& root);

}  // namespace mllmseg::cli
