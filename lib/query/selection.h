#pragma once
// The answer to a filter. When one index list answers it exactly, the
// selection is a view of that list and costs nothing to make; otherwise it
// holds the ids the intersection computed. Either way the ids are sorted,
// in list order, and a view lives as long as the store it came from.

#include <span>
#include <utility>

#include "store/postings.h"

namespace mllmseg {

class Selection {
 public:
  static Selection view_of(std::span<const DocId> index_list) { return Selection(index_list); }
  explicit Selection(Postings ids) : m_owned(std::move(ids)), m_borrowed(false) {}

  std::span<const DocId> ids() const { return m_borrowed ? m_view : std::span<const DocId>(m_owned); }
  std::size_t size() const { return ids().size(); }

  // The ids as a list of their own, for callers that reorder or narrow it.
  Postings take() && {
    if (m_borrowed) {
      return Postings(m_view.begin(), m_view.end());
    }
    return std::move(m_owned);
  }

 private:
  explicit Selection(std::span<const DocId> view) : m_view(view), m_borrowed(true) {}

  Postings m_owned;
  std::span<const DocId> m_view;
  bool m_borrowed;
};

}  // namespace mllmseg
