#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <new>
#include <thread>

#include "snapshot/layout.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/hash.h"
#include "util/pages.h"

namespace mllmseg::snapshot {

namespace {

// The fixed sections, then the word index's blocks when there is one.
using Parts = std::vector<std::string_view>;

// The sections of a snapshot's bytes, each checked to lie inside them.
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
  const std::uint64_t count = layout::load64(bytes.data() + 32);
  if (count != layout::Part::count && count != layout::Part::count + WordIndex::k_blocks) {
    return Error{"not the sections this program writes"};
  }
  if (bytes.size() < layout::table_end(count)) {
    return Error{fmt::format("only {} bytes, too short for a snapshot", bytes.size())};
  }
  Parts parts(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t offset = layout::load64(bytes.data() + 40 + 16 * i);
    const std::uint64_t size = layout::load64(bytes.data() + 48 + 16 * i);
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

namespace {

// The sections and the identity of a snapshot that is one of this program's
// for a catalog of identity expected (any catalog when null).
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

}  // namespace

Result<std::unique_ptr<Store>> parse(std::string_view bytes, const Identity* expected,
                                     std::shared_ptr<const void> keep, bool check_sum, int fd) {
  // Whose it is first, which costs nothing, then the checksum, which reads
  // every byte.
  auto checked = whose(bytes, expected);
  if (!checked) {
    return Error{checked.error()};
  }
  const auto& [part, record] = *checked;
  if (check_sum && hash::bytes(bytes.substr(layout::k_checked_from)) != layout::load64(bytes.data() + 24)) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  Catalog header;
  if (!layout::unpack(part[layout::header], header)) {
    return Error{"its catalog header is cut short"};
  }
  auto venues = strings(part[layout::venues]);
  auto days = strings(part[layout::days]);
  if (!venues || !days) {
    return Error{venues ? days.error() : venues.error()};
  }
  const std::uint64_t papers = record.papers;
  const std::string_view facts = part[layout::facts];
  const std::string_view offsets = part[layout::offsets];
  const std::string_view records = part[layout::records];
  if (facts.size() / layout::k_fact_bytes != papers || facts.size() % layout::k_fact_bytes != 0 ||
      offsets.size() / 8 != papers + 1 || offsets.size() % 8 != 0) {
    return Error{"its sections do not hold the papers it counts"};
  }
  // The facts are read in place where the machine is little-endian, as the
  // file is, and they are 8-aligned, as a mapped file's sections are.
  const bool in_place = std::endian::native == std::endian::little &&
                        reinterpret_cast<std::uintptr_t>(facts.data()) % alignof(Store::Facts) == 0;
  static_assert(sizeof(Store::Facts) == layout::k_fact_bytes);
  std::vector<Store::Facts> copied_facts;
  if (!in_place) {
    copied_facts.resize(papers);
    for (std::size_t i = 0; i < papers; ++i) {
      const char* f = facts.data() + i * layout::k_fact_bytes;
      Store::Facts& to = copied_facts[i];
      to.tasks = static_cast<TaskSet>(f[0]);
      to.flags = static_cast<std::uint8_t>(f[1]);
      to.zero = static_cast<std::uint16_t>(static_cast<unsigned char>(f[2]) | static_cast<unsigned char>(f[3])
                                                                                  << 8);
      to.year = static_cast<std::int32_t>(layout::load32(f + 4));
      to.venue = layout::load32(f + 8);
      to.listed = layout::load32(f + 12);
    }
  }
  const std::span<const Store::Facts> facts_in_place =
      in_place ? std::span(reinterpret_cast<const Store::Facts*>(facts.data()), papers)
               : std::span<const Store::Facts>();
  // The offsets are read in place where the machine is little-endian, as the
  // file is, and 8-aligned, as a mapped file's sections are.
  std::vector<std::uint64_t> copied;
  std::span<const std::uint64_t> starts;
  if (std::endian::native == std::endian::little &&
      reinterpret_cast<std::uintptr_t>(offsets.data()) % 8 == 0) {
    starts = {reinterpret_cast<const std::uint64_t*>(offsets.data()), papers + 1};
  } else {
    for (std::size_t i = 0; i <= papers; ++i) {
      copied.push_back(layout::load64(offsets.data() + 8 * i));
    }
    starts = copied;
  }
  if (starts.front() != 0 || starts.back() != records.size()) {
    return Error{"its paper offsets do not span its records"};
  }
  // The mapped pages are handed back once checked: a query reads the
  // offsets of only the papers it prints.
  pages::ReleaseBehind behind(starts.data(), copied.empty() && fd >= 0);
  for (std::size_t i = 0; i < papers; ++i) {
    if (starts[i] > starts[i + 1]) {
      return Error{"its paper offsets go backwards"};
    }
    behind.passed(starts.data(), i);
  }
  PaperTable table =
      copied.empty() ? PaperTable::view(records, starts) : PaperTable::view(records, std::move(copied));
  if (fd >= 0) {
    table.read_from(fd, static_cast<std::uint64_t>(records.data() - bytes.data()),
                    copied.empty() ? static_cast<std::uint64_t>(offsets.data() - bytes.data()) : 0);
  }
  auto store = Store::restore(std::move(header), std::move(table), std::move(*venues), std::move(*days),
                              facts_in_place, std::move(copied_facts), std::move(keep), fd >= 0);
  if (!store) {
    return Error{fmt::format("it is inconsistent: {}", store.error())};
  }
  if (part.size() > layout::Part::count) {
    // Read when a search first asks for it (Store::word_index).
    (*store)->set_word_index_blocks({part.begin() + layout::Part::count, part.end()});
  }
  return store;
}

namespace {

// hash::bytes of the file's bytes from layout::k_checked_from to size;
// 0 when it cannot be read.
std::uint64_t checksum_of(const std::string& path, std::size_t size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return 0;
  }
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  hash::Hasher hasher;
  std::string buffer(std::size_t{1} << 20, '\0');
  std::size_t at = layout::k_checked_from;
  while (at < size) {
    const std::size_t n = std::min(buffer.size(), size - at);
    if (!pages::read_at(fd, buffer.data(), n, at)) {
      break;
    }
    hasher.add({buffer.data(), n});
    at += n;
  }
  ::close(fd);
  return at == size ? hasher.finish() : 0;
}

// The file at path, mapped read-only, and open as the returned descriptor:
// both live as long as the returned pointer and its copies.
struct Mapped {
  std::string_view bytes;
  int fd = -1;
  std::shared_ptr<const void> keep;
};
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

}  // namespace

Result<std::unique_ptr<Store>> read(const std::string& path, const Identity& expected) {
  auto mapped = map(path);
  if (!mapped) {
    return Error{mapped.error()};
  }
  const std::string_view bytes = mapped->bytes;
  // Whose it is and its header first, then the checksum, verified from the
  // file read in pieces into a buffer, so that its pages do not join the
  // process's memory (the mapped papers are only touched where a query
  // reads them). The checksum is computed on a second thread while the
  // store is set up from the mapping, which checks every offset and so is
  // safe to read unverified; the store is given out only once the checksum
  // matches, and a mismatch is the error even when the store was refused.
  if (auto checked = whose(bytes, &expected); !checked) {
    return Error{checked.error()};
  }
  // Read before parse() takes the mapping, which a refused store unmaps.
  const std::uint64_t recorded = layout::load64(bytes.data() + 24);
  std::uint64_t sum = 0;
  Result<std::unique_ptr<Store>> store = Error{""};
  {
    std::jthread verify([&sum, &path, size = bytes.size()] {
      try {
        sum = checksum_of(path, size);
      } catch (const std::bad_alloc&) {
        sum = 0;  // unverified, so refused
      }
    });
    store = parse(bytes, &expected, std::move(mapped->keep), false, mapped->fd);
  }
  if (sum != recorded) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  return store;
}

Result<Description> describe(const std::string& path) {
  auto mapped = map(path);
  if (!mapped) {
    return Error{mapped.error()};
  }
  auto parts = parts_of(mapped->bytes);
  if (!parts) {
    return Error{parts.error()};
  }
  layout::IdentityRecord record;
  if (!layout::unpack((*parts)[layout::identity], record)) {
    return Error{"its identity is cut short"};
  }
  return Description{record.program, record.catalog, record.content_hash, record.papers};
}

}  // namespace mllmseg::snapshot
