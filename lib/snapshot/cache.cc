#include "snapshot/cache.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace mllmseg::snapshot {

namespace {

constexpr std::string_view k_suffix = ".snapshot";

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// A snapshot ("<hex>.snapshot") or a writer's temporary ("<hex>.snapshot.XXXXXX").
bool ours(std::string_view name, bool& temporary) {
  const auto at = name.find(k_suffix);
  if (at == std::string_view::npos || at == 0) {
    return false;
  }
  temporary = at + k_suffix.size() != name.size();
  return !temporary || name.size() == at + k_suffix.size() + 7;
}

}  // namespace

std::string cache_directory() {
  const std::string cache_home = env("XDG_CACHE_HOME");
  if (!cache_home.empty() && cache_home.front() == '/') {
    return cache_home + "/mllmseg";
  }
  const std::string home = env("HOME");
  return home.empty() ? std::string() : home + "/.cache/mllmseg";
}

Status make_directory(const std::string& dir) {
  for (std::size_t at = 1; at <= dir.size(); ++at) {
    if (at != dir.size() && dir[at] != '/') {
      continue;
    }
    const std::string prefix = dir.substr(0, at);
    if (::mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) {
      return Error{fmt::format("cannot create '{}': {}", prefix, std::strerror(errno))};
    }
  }
  return Ok{};
}

Result<std::vector<CachedFile>> cached(const std::string& dir) {
  std::vector<CachedFile> files;
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    if (errno == ENOENT) {
      return files;
    }
    return Error{fmt::format("cannot read '{}': {}", dir, std::strerror(errno))};
  }
  while (const dirent* entry = ::readdir(handle)) {
    CachedFile file;
    if (!ours(entry->d_name, file.temporary)) {
      continue;
    }
    file.path = dir + "/" + entry->d_name;
    struct stat info {};
    if (::lstat(file.path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
      continue;
    }
    file.bytes = static_cast<std::uint64_t>(info.st_size);
    file.written_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    if (!file.temporary) {
      file.description = describe(file.path);
    }
    files.push_back(std::move(file));
  }
  ::closedir(handle);
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return files;
}

Result<Cleared> clear(const std::string& dir) {
  auto files = cached(dir);
  if (!files) {
    return Error{files.error()};
  }
  Cleared cleared;
  for (const CachedFile& file : *files) {
    if (::unlink(file.path.c_str()) != 0 && errno != ENOENT) {
      return Error{fmt::format("cannot remove '{}': {}", file.path, std::strerror(errno))};
    }
    ++cleared.files;
    cleared.bytes += file.bytes;
  }
  return cleared;
}

}  // namespace mllmseg::snapshot
