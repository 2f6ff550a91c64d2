#pragma once
// What identifies a catalog file's content without reading it all: its
// canonical path, size, times, device and inode, and a hash of sampled
// blocks. Any change by write, copy or rename changes the change time
// (ctime), which no user can set back, so a file replaced with the same size
// and modification time is still told apart; the sampled blocks catch a
// change that keeps even the times (a restored backup, another machine's
// clock).

#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg::snapshot {

struct Identity {
  std::string path;  // canonical, absolute
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t sample_hash = 0;  // of the first and last 4 KiB and 14 blocks between

  bool operator==(const Identity&) const = default;
};

// The identity of the regular file at path; an error (with strerror's text)
// when it cannot be read or is not a regular file.
Result<Identity> identify(const std::string& path);

// The file name of path's snapshot in the cache directory: a hash of the
// canonical path, in hex, and ".snapshot".
std::string snapshot_name(std::string_view canonical_path);

}  // namespace mllmseg::snapshot
