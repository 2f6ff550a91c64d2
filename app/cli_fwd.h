#pragma once
// CLI11's types, declared only: the command line is built in
// command_line_*.cc, run.cc, cli_spec.cc, parse_errors.cc and help_format.cc, the only files that include
// CLI11's costly header; the commands' headers need just these names.

namespace CLI {
class App;
class Option;
}  // namespace CLI
