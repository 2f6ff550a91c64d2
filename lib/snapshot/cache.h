#pragma once
// The directory snapshots live in, $XDG_CACHE_HOME/mllmseg (~/.cache/mllmseg
// when XDG_CACHE_HOME is unset or relative), readable by its owner only: what
// `mllmseg cache info` lists and `mllmseg cache clear` empties.

#include <cstdint>
#include <string>
#include <vector>

#include "snapshot/snapshot.h"
#include "util/result.h"

namespace mllmseg::snapshot {

// Catalog files smaller than this are read from their JSON every time: a
// snapshot would save less than a millisecond.
inline constexpr std::uint64_t k_min_catalog_bytes = std::uint64_t{1} << 20;

// The cache directory; empty when neither XDG_CACHE_HOME nor HOME is set.
std::string cache_directory();

// Creates the directory, and its missing parents, with mode 0700.
Status make_directory(const std::string& dir);

struct CachedFile {
  std::string path;
  std::uint64_t bytes = 0;
  std::int64_t written_ns = 0;  // modification time
  bool temporary = false;       // left by a writer that did not finish
  Result<Description> description = Error{};
};

// The snapshots in dir, by file name, and any temporary files a writer left;
// none when dir does not exist.
Result<std::vector<CachedFile>> cached(const std::string& dir);

// Removes every file cached() lists; how many and their bytes.
struct Cleared {
  std::size_t files = 0;
  std::uint64_t bytes = 0;
};
Result<Cleared> clear(const std::string& dir);

}  // namespace mllmseg::snapshot
