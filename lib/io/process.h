#pragma once
// Running other programs: a URL opener with the terminal as it is, a pager
// fed our output through a pipe, or a filter such as fzf fed lines and read
// back. All wait for the program to end.

#include <optional>
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

// What run_capturing gives a program besides its argv.
struct CaptureOptions {
  std::string input;             // written to its standard input, which then ends
  std::vector<std::string> env;  // "NAME=value" entries that replace or add to our environment
  int stderr_fd = -1;            // its standard error; ours when -1
};

struct Captured {
  int status = 0;  // as run_program's
  std::string out;
};

// Runs argv (argv[0] looked up on PATH) with options.input on its standard
// input and its standard output read back, while the two pipes are served
// together, so that neither side waits on a full pipe. A program that stops
// reading early is no error. SIGINT and SIGQUIT are ignored while it runs,
// as for pipe_to_shell: an interactive program (fzf) handles Ctrl-C itself.
Result<Captured> run_capturing(const std::vector<std::string>& argv, const CaptureOptions& options);

// The path of the first executable regular file named name in the
// colon-separated directories of path (an empty entry is the current
// directory, as for a shell); a name with a '/' is checked as it is.
std::optional<std::string> find_program(std::string_view name, std::string_view path);

// The path of the running program (/proc/self/exe); nullopt where the
// system does not say.
std::optional<std::string> self_path();

}  // namespace mllmseg::io
