#pragma once
// Reading a snapshot file's pieces (snapshot/layout.h), for the store's
// reader (snapshot/read.cc) and the summary's (snapshot/summary.cc): its
// sections, each checked to lie inside the file; whose it is; its head and
// body checksums; the file mapped.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "snapshot/layout.h"
#include "util/result.h"

namespace mllmseg::snapshot::sections {

// The fixed sections, then the word index's blocks when there is one.
using Parts = std::vector<std::string_view>;

// The sections of a snapshot's bytes, each checked to lie inside them.
Result<Parts> parts_of(std::string_view bytes);

// A packed list of strings (venues, days).
Result<std::vector<std::string>> strings(std::string_view bytes);

// The sections and the identity of a snapshot that is one of this program's
// for a catalog of identity expected (any catalog when null).
Result<std::pair<Parts, layout::IdentityRecord>> whose(std::string_view bytes, const Identity* expected);

// Where the body begins: the offsets section, where the head checksum ends
// and the body checksum begins.
std::uint64_t body_from(std::string_view bytes, const Parts& parts);

// Whether the head's checksum, or both, are the ones recorded.
bool head_sum_matches(std::string_view bytes, const Parts& parts);
bool sums_match(std::string_view bytes, const Parts& parts);

// hash::bytes of the bytes of the file at path from from to to, read into a
// buffer so that its pages do not join the process's memory; nullopt when
// they cannot be read.
std::optional<std::uint64_t> checksum_of(const std::string& path, std::uint64_t from, std::uint64_t to);

// The file at path, mapped read-only, and open as fd: both live as long as
// keep and its copies.
struct Mapped {
  std::string_view bytes;
  int fd = -1;
  std::shared_ptr<const void> keep;
};
Result<Mapped> map(const std::string& path);

}  // namespace mllmseg::snapshot::sections
