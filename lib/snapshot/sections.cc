#include "snapshot/sections.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/hash.h"
#include "util/pages.h"

namespace mllmseg::snapshot::sections {

Result<Parts> parts_of(std::string_view bytes) {
  if (bytes.size() < layout::k_table_end) {
    return Error{fmt::format("only {} bytes, too short for a snapshot", bytes.size())};
  }
  if (!bytes.starts_with(layout::k_magic) || layout::load32(bytes.data() + 12) != 0) {
    return Error{"not a snapshot"};
  }
  if (const std::uint32_t format = layout::load32(bytes.data() + 8); format != layout::k_format) {
    return Error{fmt::format("snapshot format {}, this program reads format {}", format, layout::k_format)};
  }
  if (const std::uint64_t size = layout::load64(bytes.data() + 16); size != bytes.size()) {
    return Error{fmt::format("{} bytes where the snapshot says {}", bytes.size(), size)};
  }
  const std::uint64_t count = layout::load64(bytes.data() + layout::k_count_at);
  if (count != layout::Part::count && count != layout::Part::count + WordIndex::k_blocks) {
    return Error{"not the sections this program writes"};
  }
  if (bytes.size() < layout::table_end(count)) {
    return Error{fmt::format("only {} bytes, too short for a snapshot", bytes.size())};
  }
  Parts parts(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t offset = layout::load64(bytes.data() + layout::k_count_at + 8 + 16 * i);
    const std::uint64_t size = layout::load64(bytes.data() + layout::k_count_at + 16 + 16 * i);
    if (offset % 8 != 0 || offset < layout::table_end(count) || offset > bytes.size() ||
        size > bytes.size() - offset) {
      return Error{"a section lies outside the snapshot"};
    }
    parts[i] = bytes.substr(offset, size);
  }
  return parts;
}

Result<std::vector<std::string>> strings(std::string_view bytes) {
  packing::Unpacker in(bytes);
  std::vector<std::string> list = in.strings();
  if (in.failed() || !in.at_end()) {
    return Error{"a list of strings is cut short"};
  }
  return list;
}

namespace {

std::string_view why_not(const layout::IdentityRecord& record, const Identity& expected) {
  if (record.program != program()) {
    return "written by another program version";
  }
  if (record.catalog.path != expected.path) {
    return "made from another catalog";
  }
  if (record.catalog != expected) {
    return "the catalog has changed since";
  }
  return {};
}

}  // namespace

Result<std::pair<Parts, layout::IdentityRecord>> whose(std::string_view bytes, const Identity* expected) {
  auto parts = parts_of(bytes);
  if (!parts) {
    return Error{parts.error()};
  }
  layout::IdentityRecord record;
  if (!layout::unpack((*parts)[layout::identity], record)) {
    return Error{"its identity is cut short"};
  }
  if (expected != nullptr) {
    if (const std::string_view why = why_not(record, *expected); !why.empty()) {
      return Error{std::string(why)};
    }
  }
  return std::pair{std::move(*parts), std::move(record)};
}

std::uint64_t body_from(std::string_view bytes, const Parts& parts) {
  return static_cast<std::uint64_t>(parts[layout::offsets].data() - bytes.data());
}

bool head_sum_matches(std::string_view bytes, const Parts& parts) {
  const std::uint64_t body = body_from(bytes, parts);
  return hash::bytes(bytes.substr(layout::k_checked_from, body - layout::k_checked_from)) ==
         layout::load64(bytes.data() + layout::k_head_sum_at);
}

bool sums_match(std::string_view bytes, const Parts& parts) {
  return head_sum_matches(bytes, parts) && hash::bytes(bytes.substr(body_from(bytes, parts))) ==
                                               layout::load64(bytes.data() + layout::k_body_sum_at);
}

std::optional<std::uint64_t> checksum_of(const std::string& path, std::uint64_t from, std::uint64_t to) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return std::nullopt;
  }
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  hash::Hasher hasher;
  std::string buffer(std::size_t{1} << 20, '\0');
  std::uint64_t at = from;
  while (at < to) {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), to - at));
    if (!pages::read_at(fd, buffer.data(), n, at)) {
      break;
    }
    hasher.add({buffer.data(), n});
    at += n;
  }
  ::close(fd);
  return at == to ? std::optional(hasher.finish()) : std::nullopt;
}

Result<Mapped> map(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Error{std::strerror(errno)};
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Error{"not a regular file"};
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size == 0) {
    ::close(fd);
    return Mapped{};
  }
  void* at = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (at == MAP_FAILED) {
    const int err = errno;
    ::close(fd);
    return Error{std::strerror(err)};
  }
  std::shared_ptr<const void> keep(at, [size, fd](const void* p) {
    ::munmap(const_cast<void*>(p), size);
    ::close(fd);
  });
  return Mapped{{static_cast<const char*>(at), size}, fd, std::move(keep)};
}

}  // namespace mllmseg::snapshot::sections
