#include "store/postings.h"

#include <algorithm>
#include <queue>

namespace mllmseg {

Postings intersect(std::span<const DocId> a, std::span<const DocId> b) {
  if (a.size() > b.size()) {
    std::swap(a, b);
  }
  Postings out;
  out.reserve(a.size());
  auto from = b.begin();
  for (DocId id : a) {
    // Exponential search forward from the last position, then binary search.
    std::size_t step = 1;
    auto hi = from;
    while (hi != b.end() && *hi < id) {
      from = hi;
      const auto remaining = static_cast<std::size_t>(b.end() - hi);
      hi += static_cast<std::ptrdiff_t>(std::min(step, remaining));
      step *= 2;
    }
    from = std::lower_bound(from, hi, id);
    if (from == b.end()) {
      break;
    }
    if (*from == id) {
      out.push_back(id);
    }
  }
  return out;
}

Postings unite(const std::vector<std::span<const DocId>>& lists) {
  if (lists.size() == 1) {
    return Postings(lists[0].begin(), lists[0].end());
  }
  std::size_t total = 0;
  for (const auto& list : lists) {
    total += list.size();
  }
  Postings out;
  out.reserve(total);
  for (const auto& list : lists) {
    out.insert(out.end(), list.begin(), list.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace mllmseg
