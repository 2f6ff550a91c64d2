#pragma once
// The command-line frontend: parses arguments, runs one subcommand, prints.

namespace mllmseg::app {

int run(int argc, char** argv);

}  // namespace mllmseg::app
