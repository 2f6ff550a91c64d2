#include "catalog/key_log.h"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

namespace mllmseg {

void KeyLog::add(std::string_view key) {
  m_offsets.push_back(static_cast<std::uint32_t>(m_keys.size()));
  m_keys.append(key);
  m_hashes.push_back(std::hash<std::string_view>{}(key));
}

std::string_view KeyLog::key(std::size_t index) const {
  const std::size_t begin = m_offsets[index];
  const std::size_t end = index + 1 < m_offsets.size() ? m_offsets[index + 1] : m_keys.size();
  return std::string_view(m_keys).substr(begin, end - begin);
}

namespace {

// Whether two of hashes are equal, found by sorting them by radix: eight
// linear passes, then one over neighbours. A catalog almost never repeats a
// key, and then this is all first_repeat costs.
bool any_equal(std::vector<std::uint64_t> hashes) {
  std::vector<std::uint64_t> sorted(hashes.size());
  for (unsigned shift = 0; shift < 64; shift += 8) {
    std::array<std::size_t, 257> start{};
    for (const std::uint64_t h : hashes) {
      ++start[((h >> shift) & 0xff) + 1];
    }
    for (std::size_t i = 1; i < start.size(); ++i) {
      start[i] += start[i - 1];
    }
    for (const std::uint64_t h : hashes) {
      sorted[start[(h >> shift) & 0xff]++] = h;
    }
    hashes.swap(sorted);
  }
  return std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
}

}  // namespace

std::optional<KeyLog::Repeat> KeyLog::first_repeat() const {
  if (!any_equal(m_hashes)) {
    return std::nullopt;
  }
  // Papers ordered by the hash of their key, then by position: equal keys
  // end up next to each other, the first of them in front.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  order.reserve(m_hashes.size());
  for (std::size_t i = 0; i < m_hashes.size(); ++i) {
    order.emplace_back(m_hashes[i], static_cast<std::uint32_t>(i));
  }
  std::sort(order.begin(), order.end());
  std::optional<Repeat> found;
  for (std::size_t run = 0; run < order.size();) {
    std::size_t end = run + 1;
    while (end < order.size() && order[end].first == order[run].first) {
      ++end;
    }
    // Within a run of one hash (almost always one key), each paper against
    // the earlier ones.
    for (std::size_t i = run + 1; i < end; ++i) {
      const std::size_t index = order[i].second;
      if (found && index >= found->index) {
        break;
      }
      for (std::size_t j = run; j < i; ++j) {
        if (key(order[j].second) == key(index)) {
          found = Repeat{index, order[j].second, key(index)};
          break;
        }
      }
    }
    run = end;
  }
  return found;
}

}  // namespace mllmseg
