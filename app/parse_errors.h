#pragma once
// CLI11's parse errors said plainly: each message names the command and the
// flag, suggests the nearest flag for an unknown one, and ends with where
// that command's help is ("Run 'mllmseg list --help' for usage.").

#include <optional>
#include <string>

#include "cli_fwd.h"

namespace CLI {
class ParseError;
}  // namespace CLI

namespace mllmseg::app {

// A mistyped command or an unknown option before the command, found before
// CLI11 parses (CLI11 would say "A subcommand is required"): the whole
// message, "mllmseg: error: ...\nRun 'mllmseg --help' for usage.\n".
std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv);

// Where in argv the first argument is that is neither a top-level option nor
// its value (1 or later), or 0 when there is none.
int first_word(const CLI::App& app, int argc, char** argv);

// Where in argv the command is (1 or later), or 0 when it names none.
int command_index(const CLI::App& app, int argc, char** argv);

// The whole message for error, raised parsing argv with app.
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error, int argc, char** argv);

}  // namespace mllmseg::app
