#pragma once
// mllmseg manpage (hidden): the man page, generated from the option
// definitions; docs/mllmseg.1 is its output, and a test keeps it so.

#include <CLI/CLI.hpp>

#include "context.h"

namespace mllmseg::app {

CLI::App* setup_manpage(CLI::App& app);
Outcome run_manpage(const CLI::App& root);

}  // namespace mllmseg::app
