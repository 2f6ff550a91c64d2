#pragma once
// Running other programs: a URL opener with the terminal as it is, or a pager
// fed our output through a pipe. Both wait for the program to end.

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg::io {

// Runs argv (argv[0] looked up on PATH) with our standard streams and waits.
// The exit status, 128 + N for a program killed by signal N; an error when
// it could not be started (not found, not executable).
Result<int> run_program(const std::vector<std::string>& argv);

// Runs "/bin/sh -c command" with data on its standard input, and waits; its
// exit status as run_program's. A program that stops reading early (a pager
// quit with q) is no error. SIGPIPE must be ignored. SIGINT and SIGQUIT are
// ignored while it runs, as system() does, so that Ctrl-C reaches the pager
// and not us.
Result<int> pipe_to_shell(const std::string& command, std::string_view data);

}  // namespace mllmseg::io
