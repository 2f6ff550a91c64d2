#include "query/text_index.h"

#include <algorithm>
#include <unordered_map>

#include "util/text.h"

namespace mllmseg {

TextIndex::TextIndex(const Store& store) {
  std::unordered_map<std::string, std::vector<Occurrence>> postings;
  const auto add_field = [&](DocId id, Field field, std::string_view value) {
    auto tokens = text::tokenize(value);
    std::sort(tokens.begin(), tokens.end());
    for (std::size_t i = 0; i < tokens.size();) {
      std::size_t j = i;
      while (j < tokens.size() && tokens[j] == tokens[i]) {
        ++j;
      }
      postings[tokens[i]].push_back(
          Occurrence{id, field, static_cast<std::uint16_t>(std::min<std::size_t>(j - i, 0xFFFF))});
      i = j;
    }
    return tokens.size();
  };

  const auto count = static_cast<DocId>(store.size());
  m_length.reserve(count);
  m_name_start.reserve(count);
  std::uint64_t total_length = 0;
  for (DocId id = 0; id < count; ++id) {
    const Paper& p = store.paper(id);
    const std::size_t title_words = add_field(id, Field::title, p.title);
    add_field(id, Field::venue, p.venue);
    if (p.abstract) {
      add_field(id, Field::abstract, *p.abstract);
    }
    auto name_tokens = text::tokenize(p.name);
    const auto length = static_cast<std::uint32_t>(title_words + name_tokens.size());
    m_length.push_back(length);
    total_length += length;
    m_name_tokens.insert(m_name_tokens.end(), name_tokens.begin(), name_tokens.end());
    m_name_start.push_back(static_cast<std::uint32_t>(m_names.size()));
    m_names += text::to_lower(p.name);
    m_names += '\n';
  }
  if (count > 0) {
    m_average_length = std::max(1.0, static_cast<double>(total_length) / count);
  }

  m_terms.reserve(postings.size());
  for (const auto& entry : postings) {
    m_terms.push_back(entry.first);
  }
  std::sort(m_terms.begin(), m_terms.end());
  m_term_start.reserve(m_terms.size() + 1);
  for (const auto& term : m_terms) {
    m_term_start.push_back(static_cast<std::uint32_t>(m_occurrences.size()));
    const auto& list = postings[term];
    m_occurrences.insert(m_occurrences.end(), list.begin(), list.end());
  }
  m_term_start.push_back(static_cast<std::uint32_t>(m_occurrences.size()));

  std::sort(m_name_tokens.begin(), m_name_tokens.end());
  m_name_tokens.erase(std::unique(m_name_tokens.begin(), m_name_tokens.end()), m_name_tokens.end());
}

std::pair<std::size_t, std::size_t> TextIndex::prefix_range(std::string_view prefix) const {
  const auto first = std::lower_bound(m_terms.begin(), m_terms.end(), prefix,
                                      [](const std::string& term, std::string_view p) { return term < p; });
  auto last = first;
  while (last != m_terms.end() && std::string_view(*last).starts_with(prefix)) {
    ++last;
  }
  return {static_cast<std::size_t>(first - m_terms.begin()),
          static_cast<std::size_t>(last - m_terms.begin())};
}

bool TextIndex::known(std::string_view word) const {
  const auto [first, last] = prefix_range(word);
  return first != last || (!word.empty() && m_names.find(word) != std::string::npos);
}

DocId TextIndex::doc_at(std::size_t offset) const {
  const auto it = std::upper_bound(m_name_start.begin(), m_name_start.end(), offset);
  return static_cast<DocId>(it - m_name_start.begin() - 1);
}

std::vector<std::string> TextIndex::vocabulary() const {
  std::vector<std::string> words;
  words.reserve(m_terms.size() + m_name_tokens.size());
  std::merge(m_terms.begin(), m_terms.end(), m_name_tokens.begin(), m_name_tokens.end(),
             std::back_inserter(words));
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace mllmseg
