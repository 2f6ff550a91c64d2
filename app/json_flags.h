#pragma once
// --json [FIELDS] and --jq EXPR, as the GitHub CLI has them, on every command
// with JSON output (list, search, related, show, stats, info, lint, diff,
// cache):
// the fields of each command's JSON, how FIELDS is told from a word of the
// command's own before CLI11 parses, and what the library is asked to write.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli_fwd.h"
#include "context.h"
#include "format/json_output.h"

namespace mllmseg::app {

struct JsonFlags {
  bool json = false;                  // --json, bare or with FIELDS
  std::optional<std::string> fields;  // FIELDS as given (take_json_fields)
  std::optional<std::string> jq;      // --jq EXPR, which implies --json
};

// The fields of command's JSON, as the library's writers define them; none
// for a command without --json.
std::span<const std::string_view> json_fields_of(std::string_view command);

// Takes FIELDS out of `--json FIELDS` and `--json=FIELDS` in args, from first
// (the command's own arguments) to a "--", leaving a bare --json for CLI11,
// which cannot tell `search --json sam2` from `search --json key,title`. The
// word after a bare --json is FIELDS only when each of its comma-separated
// items is one of fields; else --json is bare and the word is left alone.
// Returns the last FIELDS given, if any.
std::optional<std::string> take_json_fields(std::vector<std::string>& args, std::size_t first,
                                            std::span<const std::string_view> fields);

struct JsonOptions {
  CLI::Option* json;
  CLI::Option* jq;
};

// Adds --json and --jq to command, whose JSON is what ("a JSON array of
// papers"); defined in command_line_json.cc.
JsonOptions add_json_flags(CLI::App& command, JsonFlags& flags, std::string_view what);

// What to write: nothing without --json or --jq; indented on a terminal. A
// FIELDS with a field command's JSON lacks throws Failure ("--json: unknown
// field 'titel' for list (did you mean 'title'?); fields: ...").
std::optional<format::JsonOutput> json_output(const JsonFlags& flags, std::string_view command,
                                              const Console& console);

// The JSON written, or Failure("--jq: ...") with jq's error.
std::string json_text(const Result<std::string>& written);

}  // namespace mllmseg::app
