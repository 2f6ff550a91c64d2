#include "snapshot/identity.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "util/hash.h"

namespace mllmseg::snapshot {

namespace {

constexpr std::size_t k_block = 4096;
constexpr std::size_t k_blocks = 16;

std::int64_t nanoseconds(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

Result<Identity> identify(const std::string& path) {
  const auto failure = [&](int err) {
    return Error{fmt::format("cannot read '{}': {}", path, std::strerror(err))};
  };
  std::unique_ptr<char, decltype(&std::free)> canonical(::realpath(path.c_str(), nullptr), &std::free);
  if (!canonical) {
    return failure(errno);
  }
  // Looked at before it is opened: opening a FIFO would wait for a writer,
  // or take the one the catalog reader is meant to meet.
  struct stat info {};
  if (::stat(canonical.get(), &info) != 0) {
    return failure(errno);
  }
  if (!S_ISREG(info.st_mode)) {
    return failure(S_ISDIR(info.st_mode) ? EISDIR : EINVAL);
  }
  const int fd = ::open(canonical.get(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    return failure(errno);
  }
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return failure(EINVAL);
  }
  Identity id;
  id.path = canonical.get();
  id.size = static_cast<std::uint64_t>(info.st_size);
  id.mtime_ns = nanoseconds(info.st_mtim);
  id.ctime_ns = nanoseconds(info.st_ctim);
  id.device = info.st_dev;
  id.inode = info.st_ino;
  // Blocks at evenly spaced offsets, the first at 0 and the last ending at
  // the end of the file.
  hash::Hasher hasher(id.size);
  char block[k_block];
  const std::uint64_t last = id.size > k_block ? id.size - k_block : 0;
  for (std::size_t i = 0; i < k_blocks; ++i) {
    const std::uint64_t at = last / (k_blocks - 1) * i + (i == k_blocks - 1 ? last % (k_blocks - 1) : 0);
    const ssize_t n = ::pread(fd, block, sizeof block, static_cast<off_t>(at));
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return failure(err);
    }
    hasher.add({block, static_cast<std::size_t>(n)});
    if (last == 0) {
      break;
    }
  }
  ::close(fd);
  id.sample_hash = hasher.finish();
  return id;
}

std::string snapshot_name(std::string_view canonical_path) {
  return fmt::format("{:016x}.snapshot", hash::bytes(canonical_path));
}

}  // namespace mllmseg::snapshot
