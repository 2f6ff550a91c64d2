#pragma once
// A ranking's papers copied out of the table a window of the ranking at a
// time, for the listings that write many papers in an order of their own:
// the window's records are read in the order they lie in memory and copied
// into one buffer in the ranking's order, which the writer then reads from
// start to end. Read one at a time in the ranking's order, every record of
// a large table is a cache and TLB miss of its own.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "store/paper_table.h"

namespace mllmseg {

class RecordsInOrder {
 public:
  // Over ids, which must outlive it.
  RecordsInOrder(const PaperTable& table, std::span<const DocId> ids) : m_table(table), m_ids(ids) {}

  // Whether gathering pays for ids: many of them, not already in the
  // order of their records, in memory (not copied from a file one by one).
  static bool worth_it(const PaperTable& table, std::span<const DocId> ids);

  // Copies the records of ids[from, to), for get(i) with i in that range
  // (the range gathered before is let go).
  void gather(std::size_t from, std::size_t to);

  // The paper of ids[i] into p: from the window gathered when i lies in it,
  // else from the table.
  void get(std::size_t i, Paper& p) const;

 private:
  const PaperTable& m_table;
  std::span<const DocId> m_ids;
  std::size_t m_from = 0;
  std::size_t m_to = 0;
  std::string m_bytes;                   // the window's records, in the ranking's order
  std::vector<std::uint64_t> m_offsets;  // ids[m_from + k]'s record: [m_offsets[k], m_offsets[k + 1])
};

}  // namespace mllmseg
