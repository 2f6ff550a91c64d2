#pragma once
// Snapshots: a catalog's store (its papers packed, the header, what the
// indexes are built from) in one binary file, so that a later query on the
// same unchanged catalog maps it instead of reading the JSON. A snapshot is a
// cache: written whole under a temporary name and renamed, never edited,
// safe to delete, and never trusted: a snapshot of another program version,
// of another catalog or of this one before it changed, and a truncated or
// corrupt one (its two checksums cover every byte), is refused with the reason,
// and every offset in it is checked before use.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "snapshot/identity.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg::snapshot {

// What a snapshot says about itself, for `mllmseg cache info`.
struct Description {
  std::string program;  // "mllmseg 0.9.0, snapshot format 1"
  Identity catalog;
  std::uint64_t content_hash = 0;  // of the whole catalog file when the snapshot was made
  std::uint64_t papers = 0;
};

// Writes store's snapshot, for the catalog of identity catalog whose whole
// content hashes to content_hash, to path: under a temporary name in the
// same directory, renamed over path when complete.
Status write(const std::string& path, const Store& store, const Identity& catalog,
             std::uint64_t content_hash);

// The same to a file already open for writing, at its start (for tests and
// the fuzz target).
Status write_to(int fd, const Store& store, const Identity& catalog, std::uint64_t content_hash);

// The store in the snapshot at path, when it is one this program wrote for
// a catalog of identity expected; else an error saying why not.
Result<std::unique_ptr<Store>> read(const std::string& path, const Identity& expected);

// The same from bytes already in memory, which keep holds (for tests and the
// fuzz target). expected may be null to accept any catalog; check_sum false
// skips the checksum so that a fuzzer reaches the structure behind it. fd,
// when not -1, is the file the bytes are mapped from, open as long as keep
// lives: papers are then copied from it rather than read through the
// mapping (PaperTable::read_from).
Result<std::unique_ptr<Store>> parse(std::string_view bytes, const Identity* expected,
                                     std::shared_ptr<const void> keep, bool check_sum = true, int fd = -1);

// What `mllmseg info` shows of a catalog: its header, and how many papers it
// holds, with code and with authors.
struct Summary {
  Catalog header;
  std::uint64_t papers = 0;
  std::uint64_t with_code = 0;
  std::uint64_t with_authors = 0;
};

// The summary in the snapshot at path, when it is one this program wrote for
// a catalog of identity expected; else an error saying why not. Read from
// the snapshot's head alone (identity, header, facts) and verified by the
// head's checksum: the body (offsets, papers, word index), which the summary
// does not need, is neither read nor verified.
Result<Summary> read_summary(const std::string& path, const Identity& expected);
// The same from bytes in memory (for tests and the fuzz target); check_sum
// as for parse(). file_mapped: bytes are a file's read-only mapping, whose
// pages are handed back once read (util/pages.h).
Result<Summary> summarize(std::string_view bytes, const Identity* expected, bool check_sum = true,
                          bool file_mapped = false);

// What the snapshot at path says about itself, without reading its papers.
Result<Description> describe(const std::string& path);

// "mllmseg VERSION, snapshot format N": a snapshot from any other program is
// refused.
std::string program();

}  // namespace mllmseg::snapshot
