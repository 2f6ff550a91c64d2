#pragma once
// The user's directories (XDG base directories) and creating the directories
// a file is written into: the user catalog under $XDG_DATA_HOME, snapshots
// under $XDG_CACHE_HOME.

#include <sys/types.h>
#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg::io {

// $variable/mllmseg when variable holds an absolute path, else
// $HOME/home_relative/mllmseg ("~/.cache/mllmseg"); empty when neither is set.
std::string user_dir(const char* variable, std::string_view home_relative);

// mkdir -p dir: each missing directory of the path, dir included, with mode.
Status make_dirs(const std::string& dir, mode_t mode);

// make_dirs of path's parent, mode 0755.
Status make_parent_dirs(const std::string& path);

}  // namespace mllmseg::io
