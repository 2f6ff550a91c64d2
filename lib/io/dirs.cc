#include "io/dirs.h"

#include <sys/stat.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mllmseg::io {

std::string user_dir(const char* variable, std::string_view home_relative) {
  const char* base = std::getenv(variable);
  if (base != nullptr && base[0] == '/') {
    return std::string(base) + "/mllmseg";
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || home[0] == '\0') {
    return {};
  }
  return fmt::format("{}/{}/mllmseg", home, home_relative);
}

Status make_dirs(const std::string& dir, mode_t mode) {
  for (std::size_t slash = dir.find('/', 1);; slash = dir.find('/', slash + 1)) {
    const std::string prefix = dir.substr(0, slash);
    if (::mkdir(prefix.c_str(), mode) != 0 && errno != EEXIST) {
      return Error{fmt::format("cannot create '{}': {}", prefix, std::strerror(errno))};
    }
    if (slash == std::string::npos) {
      return Ok{};
    }
  }
}

Status make_parent_dirs(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos || slash == 0 ? Status(Ok{}) : make_dirs(path.substr(0, slash), 0755);
}

}  // namespace mllmseg::io
