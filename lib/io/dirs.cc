#include "io/dirs.h"

#include <sys/stat.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace mllmseg::io {

Status make_parent_dirs(const std::string& path) {
  for (std::size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    const std::string dir = path.substr(0, slash);
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
      return Error{fmt::format("cannot create '{}': {}", dir, std::strerror(errno))};
    }
  }
  return Ok{};
}

}  // namespace mllmseg::io
