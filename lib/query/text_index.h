#pragma once
// The inverted index search uses: every word of titles and venues with the
// papers it occurs in (looked up by prefix in a sorted vocabulary), and the
// papers' short names, matched anywhere inside ("lisa" in "VideoLISA").
// Built only when a search needs it, so that list pays nothing for it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg {

enum class Field : std::uint8_t { name = 0, title = 1, venue = 2, abstract = 3 };
inline constexpr std::size_t k_field_count = 4;

struct Occurrence {
  DocId doc;
  Field field;
  std::uint16_t count;
};

class TextIndex {
 public:
  explicit TextIndex(const Store& store);

  // Calls visit(occurrence) for each paper and field where word occurs: a
  // word of the title or venue starting with it, or the name containing it.
  template <typename Visit>
  void visit(std::string_view word, Visit&& visit) const {
    visit_names(word, visit);
    const auto [first, last] = prefix_range(word);
    for (std::size_t t = first; t < last; ++t) {
      for (std::uint32_t i = m_term_start[t]; i < m_term_start[t + 1]; ++i) {
        visit(m_occurrences[i]);
      }
    }
  }

  // Whether any title or venue word starts with word, or any name contains
  // it, whatever the scope or filters of a query.
  bool known(std::string_view word) const;

  // Every distinct word of names, titles and venues, sorted: the candidates
  // for a correction when a query word matches nothing.
  std::vector<std::string> vocabulary() const;

  // Words in the paper's name and title, the length BM25 normalises by.
  std::uint32_t length(DocId id) const { return m_length[id]; }
  double average_length() const { return m_average_length; }

 private:
  std::pair<std::size_t, std::size_t> prefix_range(std::string_view prefix) const;

  template <typename Visit>
  void visit_names(std::string_view word, Visit& visit) const {
    if (word.empty()) {
      return;
    }
    const std::string_view names = m_names;
    DocId last = static_cast<DocId>(-1);
    for (std::size_t at = names.find(word); at != std::string_view::npos; at = names.find(word, at + 1)) {
      const DocId id = doc_at(at);
      if (id != last) {
        visit(Occurrence{id, Field::name, 1});
        last = id;
      }
    }
  }

  DocId doc_at(std::size_t offset) const;

  std::vector<std::string> m_terms;
  std::vector<std::uint32_t> m_term_start;  // m_terms.size() + 1 offsets
  std::vector<Occurrence> m_occurrences;
  std::string m_names;                      // lowercase names, each followed by '\n'
  std::vector<std::uint32_t> m_name_start;  // offset of each paper's name
  std::vector<std::string> m_name_tokens;
  std::vector<std::uint32_t> m_length;
  double m_average_length = 1.0;
};

}  // namespace mllmseg
