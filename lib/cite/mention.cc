#include "cite/mention.h"

#include <algorithm>

namespace mllmseg::cite {

LineIndex::LineIndex(std::string_view text) {
  m_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      m_starts.push_back(i + 1);
    }
  }
}

std::size_t LineIndex::line_of(std::size_t offset) const {
  return static_cast<std::size_t>(std::upper_bound(m_starts.begin(), m_starts.end(), offset) -
                                  m_starts.begin());
}

}  // namespace mllmseg::cite
