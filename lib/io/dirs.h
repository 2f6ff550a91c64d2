#pragma once
// Creating the directories a file is written into (mkdir -p of its parent),
// for commands that write the user catalog under $XDG_DATA_HOME.

#include <string>

#include "util/result.h"

namespace mllmseg::io {

Status make_parent_dirs(const std::string& path);

}  // namespace mllmseg::io
