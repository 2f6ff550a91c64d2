#include "store/records_in_order.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace mllmseg {

namespace {

// Fewer papers than this are read straight from the table.
constexpr std::size_t k_gather_from = 8192;

}  // namespace

bool RecordsInOrder::worth_it(const PaperTable& table, std::span<const DocId> ids) {
  return ids.size() >= k_gather_from && !table.reads_from_file() && !std::is_sorted(ids.begin(), ids.end());
}

void RecordsInOrder::gather(std::size_t from, std::size_t to) {
  m_from = from;
  m_to = to;
  const std::size_t count = to - from;
  // The window's places, in the order of the ids (which is the order of
  // their records in memory, give or take the arenas of the threads that
  // packed them).
  std::vector<std::pair<DocId, std::uint32_t>> by_id(count);
  for (std::size_t k = 0; k < count; ++k) {
    by_id[k] = {m_ids[from + k], static_cast<std::uint32_t>(k)};
  }
  std::sort(by_id.begin(), by_id.end());
  std::vector<std::string_view> records(count);
  for (const auto& [id, k] : by_id) {
    records[k] = m_table.record(id);
  }
  m_offsets.assign(count + 1, 0);
  for (std::size_t k = 0; k < count; ++k) {
    m_offsets[k + 1] = m_offsets[k] + records[k].size();
  }
  m_bytes.resize(m_offsets[count]);
  for (const auto& [id, k] : by_id) {
    if (!records[k].empty()) {
      std::memcpy(m_bytes.data() + m_offsets[k], records[k].data(), records[k].size());
    }
  }
}

void RecordsInOrder::get(std::size_t i, Paper& p) const {
  if (i < m_from || i >= m_to) {
    m_table.get(m_ids[i], p);
    return;
  }
  const std::size_t k = i - m_from;
  PaperTable::unpack(std::string_view(m_bytes).substr(m_offsets[k], m_offsets[k + 1] - m_offsets[k]), p);
}

}  // namespace mllmseg
