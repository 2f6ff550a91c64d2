#pragma once
// The store's papers, each packed into a run of bytes (strings with their
// lengths, no per-field allocation) in large blocks that never move. A
// Paper costs about 1.1 KB as objects; packed, about its JSON's content
// without the member names: a catalog of a million papers fits in less
// memory than its file. Papers are unpacked when read, and the fields that
// searching and sorting read for every paper can be read without unpacking.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "store/postings.h"
#include "util/byte_arena.h"

namespace mllmseg {

class PaperTable {
 public:
  // Appends p; its id is the table's size before.
  void add(const Paper& p);
  // p's record, as add() packs it, into out (cleared first): for packing
  // papers on other threads than the one that adds them.
  static void pack(const Paper& p, std::string& out);
  // Appends a record pack() made.
  void add_packed(std::string_view record);
  // The same without a copy: the record's bytes must outlive the table.
  void add_kept(std::string_view record);

  // A table over records packed elsewhere (a mapped snapshot), which must
  // outlive it: paper i is records[offsets[i], offsets[i + 1]). The offsets
  // must rise and end within records (snapshot/ checks them); the records'
  // bytes need no trust, unpacking never reads outside a record.
  static PaperTable view(std::string_view records, std::span<const std::uint64_t> offsets);
  // The same with offsets of its own (read from a file whose byte order or
  // alignment forbids reading them in place).
  static PaperTable view(std::string_view records, std::vector<std::uint64_t> offsets);
  // Has get() and head() copy a view's records from the file open as fd,
  // where records begin at byte at, instead of reading them through their
  // mapping (util/pages.h says why); fd must hold the same bytes and stay open
  // as long as the table. offsets_at, when not 0, is where the offsets are in
  // the file, as little-endian u64s, which are then read from it too. A
  // record the file no longer holds is read through the mapping.
  void read_from(int fd, std::uint64_t at, std::uint64_t offsets_at = 0) {
    m_fd = fd;
    m_file_at = at;
    m_offsets_at = offsets_at;
  }

  std::size_t size() const { return m_offsets.empty() ? m_records.size() : m_offsets.size() - 1; }
  // The paper's packed bytes, for a snapshot.
  std::string_view record(DocId id) const {
    return m_offsets.empty() ? m_records[id]
                             : std::string_view(m_view + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
  }
  Paper get(DocId id) const;
  // The same into p, whose strings' memory is reused: for a loop over many.
  void get(DocId id, Paper& p) const;
  // A record's paper into p, as get() unpacks it.
  static void unpack(std::string_view record, Paper& p);
  // Whether records are copied from a file (read_from) rather than read in
  // memory, where record() gives them.
  bool reads_from_file() const { return m_fd >= 0; }

  // The fields a listing prints most, read without unpacking the paper:
  // views into copy or into the records.
  struct Head {
    std::string_view key, name, title, venue;
  };
  Head head(DocId id, std::string& copy) const;

  std::string_view key(DocId id) const;
  std::string_view name(DocId id) const;
  std::string_view title(DocId id) const;
  std::string_view venue(DocId id) const;
  std::optional<std::string_view> abstract(DocId id) const;

 private:
  std::vector<std::string_view> m_records;  // each paper's bytes, in a table of its own
  // A view's records and offsets (read in place, not copied into m_records:
  // a million papers' would cost 16 MB).
  const char* m_view = nullptr;
  std::span<const std::uint64_t> m_offsets;
  std::vector<std::uint64_t> m_own_offsets;
  ByteArena m_kept{std::size_t{1} << 20};  // the records add() packs
  std::string m_scratch;                   // the paper being packed
  int m_fd = -1;                           // see read_from
  std::uint64_t m_file_at = 0;
  std::uint64_t m_offsets_at = 0;

  // The record's bytes: copied into copy when read_from() was called.
  std::string_view fetch(DocId id, std::string& copy) const;
};

}  // namespace mllmseg
