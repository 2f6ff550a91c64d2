#include "snapshot/cache.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include "io/dirs.h"

namespace mllmseg::snapshot {

namespace {

constexpr std::string_view k_suffix = ".snapshot";

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

std::string cache_directory() { return io::user_dir("XDG_CACHE_HOME", ".cache"); }

Status make_directory(const std::string& dir) { return io::make_dirs(dir, 0700); }

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
