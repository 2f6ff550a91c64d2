#pragma once
// The command line as data: commands, their options and arguments, and what
// values each takes. app/ fills it from the CLI11 definitions; the shell
// completion scripts and the man page are generated from it, so that every
// flag is defined once.

#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::cli {

// What a value completes to. The dynamic kinds (keys, venues, tasks) come
// from the catalog in use, by running `PROGRAM completions --values KIND`.
enum class Values { none, any, file, choices, keys, venues, tasks };

struct OptionSpec {
  std::vector<std::string> names;  // "--format", "-f"; a positional's name ("paper")
  std::string value_name;          // "FORMAT"; empty for a flag
  std::string description;
  bool positional = false;
  bool repeatable = false;
  bool required = false;
  Values values = Values::none;
  std::vector<std::string> choices;  // for Values::choices
};

struct CommandSpec {
  std::string name;
  std::string description;
  std::string footer;
  std::vector<OptionSpec> options;  // flags and options first, then positionals, as defined
  std::vector<CommandSpec> commands;
};

// The name of a Values kind as `completions --values` takes it.
std::string_view values_name(Values values);

// The first clause of a description, for completion menus: up to the first
// ": ", " (", "; " or line break, without a final ':' ("Only papers of this
// task: res, ..." -> "Only papers of this task").
std::string summary(std::string_view description);

// The examples of a help footer: the indented lines after "Examples:".
std::vector<std::string> footer_examples(std::string_view footer);

// Options that take a value and are not positionals, flags, positionals.
bool takes_value(const OptionSpec& option);

}  // namespace mllmseg::cli
