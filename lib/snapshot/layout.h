#pragma once
// The bytes of a snapshot file, shared by its writer and reader. Numbers are
// little-endian.
//
//   0  "MLLMSNAP"              magic
//   8  u32 format, u32 0
//  16  u64 file size
//  24  u64 head checksum       hash::bytes of the bytes from offset 40 to
//                              the offsets section: the table, identity,
//                              header, venues, days and facts
//  32  u64 body checksum       hash::bytes of the bytes from the offsets
//                              section to the end
//  40  u64 section count, then (u64 offset, u64 size) per section
//      sections, each at an offset that is a multiple of 8:
//      identity  packed: program, catalog path, size, times, device, inode,
//                sample hash, content hash, papers
//      header    packed: the catalog's fields besides its papers
//      venues    packed: count, strings
//      days      packed: count, strings
//      facts     16 bytes a paper: tasks u8, flags u8 (1 has code, 2 has
//                authors), u16 0, year i32,
//                venue u32, listed u32
//      offsets   u64 a paper and one more: where each paper's record starts
//                in records, and where the last ends
//      records   the papers' packed bytes (store/paper_table.h)
//      then, when the snapshot has a word index, its blocks
//      (store/word_index.h), one section each

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "catalog/paper.h"
#include "snapshot/identity.h"
#include "store/packing.h"

namespace mllmseg::snapshot::layout {

inline constexpr std::string_view k_magic = "MLLMSNAP";
// Raised whenever anything written changes, the packing of papers included.
inline constexpr std::uint32_t k_format = 2;
inline constexpr std::size_t k_head_sum_at = 24;
inline constexpr std::size_t k_body_sum_at = 32;
inline constexpr std::size_t k_count_at = 40;
inline constexpr std::size_t k_checked_from = k_count_at;  // the checksums cover the table on
inline constexpr std::size_t k_fact_bytes = 16;

enum Part : std::size_t { identity, header, venues, days, facts, offsets, records, count };
// Where the sections begin, after the table of count sections.
constexpr std::size_t table_end(std::size_t count) { return k_count_at + 8 + 16 * count; }
inline constexpr std::size_t k_table_end = table_end(Part::count);

std::uint32_t load32(const char* p);
std::uint64_t load64(const char* p);
void store32(std::string& out, std::uint32_t n);
void store64(std::string& out, std::uint64_t n);

struct IdentityRecord {
  std::string program;
  Identity catalog;
  std::uint64_t content_hash = 0;
  std::uint64_t papers = 0;
};
void pack(packing::Packer& out, const IdentityRecord& record);
// False when the bytes run out or hold more.
bool unpack(std::string_view bytes, IdentityRecord& record);

void pack(packing::Packer& out, const Catalog& header);
bool unpack(std::string_view bytes, Catalog& header);

}  // namespace mllmseg::snapshot::layout
