#include "store/store.h"

#include <numeric>

#include <algorithm>

#include "catalog/person.h"
#include "catalog/venue.h"
#include "util/text.h"

namespace mllmseg {

Store::Store(Catalog catalog) {
  for (const Paper& p : catalog.papers) {
    add(p);
  }
  set_header(std::move(catalog));
}

void Store::set_header(Catalog header) {
  m_header = std::move(header);
  m_header.papers.clear();
  m_header.papers.shrink_to_fit();
}

Catalog Store::catalog() const {
  Catalog whole = m_header;
  whole.papers.reserve(size());
  for (DocId id = 0; id < size(); ++id) {
    whole.papers.push_back(paper(id));
  }
  return whole;
}

void Store::add(const Paper& p) {
  const auto id = static_cast<DocId>(m_papers.size());
  m_papers.add(p);
  for (Task t : k_all_tasks) {
    if (has_task(p.tasks, t)) {
      m_by_task[static_cast<std::size_t>(t)].push_back(id);
    }
  }
  (p.code ? m_with_code : m_without_code).push_back(id);
  m_by_year[p.year].push_back(id);
  if (p.listed) {
    m_by_listed[*p.listed].push_back(id);
  }

  auto venue = m_series_of_venue.find(p.venue);
  if (venue == m_series_of_venue.end()) {
    const auto parts = parse_venue(p.venue);
    std::string series = parts ? parts->series : std::string(text::trim(p.venue));
    const auto [it, inserted] =
        m_series_lookup.emplace(text::to_lower(series), static_cast<std::uint32_t>(m_series_names.size()));
    if (inserted) {
      m_series_names.push_back(std::move(series));
      m_series.emplace_back();
    }
    venue = m_series_of_venue.emplace(p.venue, it->second).first;
  }
  m_series_of.push_back(venue->second);
  SeriesIndex& index = m_series[venue->second];
  index.all.push_back(id);
  index.by_year[p.year].push_back(id);
  auto& year_tasks = index.by_year_task[p.year];
  for (Task t : k_all_tasks) {
    if (has_task(p.tasks, t)) {
      index.by_task[static_cast<std::size_t>(t)].push_back(id);
      year_tasks[static_cast<std::size_t>(t)].push_back(id);
    }
  }
  m_keys.reset();
}

Postings Store::all() const {
  Postings ids(size());
  std::iota(ids.begin(), ids.end(), DocId{0});
  return ids;
}

std::span<const DocId> Store::venue(std::string_view series, std::optional<int> year) const {
  const auto it = m_series_lookup.find(text::to_lower(series));
  if (it == m_series_lookup.end()) {
    return {};
  }
  const SeriesIndex& index = m_series[it->second];
  if (!year) {
    return index.all;
  }
  const auto by_year = index.by_year.find(*year);
  return by_year == index.by_year.end() ? std::span<const DocId>{} : std::span<const DocId>{by_year->second};
}

std::span<const DocId> Store::venue(std::string_view series, std::optional<int> year, Task task) const {
  const auto it = m_series_lookup.find(text::to_lower(series));
  if (it == m_series_lookup.end()) {
    return {};
  }
  const SeriesIndex& index = m_series[it->second];
  const auto t = static_cast<std::size_t>(task);
  if (!year) {
    return index.by_task[t];
  }
  const auto by_year = index.by_year_task.find(*year);
  return by_year == index.by_year_task.end() ? std::span<const DocId>{}
                                             : std::span<const DocId>{by_year->second[t]};
}

Postings Store::years(int lo, int hi) const {
  std::vector<std::span<const DocId>> lists;
  for (auto it = m_by_year.lower_bound(lo); it != m_by_year.end() && it->first <= hi; ++it) {
    lists.emplace_back(it->second);
  }
  return lists.empty() ? Postings{} : unite(lists);
}

Postings Store::listed(std::string_view lo, std::string_view hi) const {
  std::vector<std::span<const DocId>> lists;
  for (auto it = m_by_listed.lower_bound(lo); it != m_by_listed.end() && it->first <= hi; ++it) {
    lists.emplace_back(it->second);
  }
  return lists.empty() ? Postings{} : unite(lists);
}

std::size_t Store::without_listed() const {
  std::size_t with = 0;
  for (const auto& [day, ids] : m_by_listed) {
    with += ids.size();
  }
  return size() - with;
}

Postings Store::by_author(const AuthorQuery& query) const {
  Postings out;
  if (query.empty()) {
    return out;
  }
  if (!m_author_words) {
    auto& words = m_author_words.emplace();
    for (DocId id = 0; id < size(); ++id) {
      for (const auto& author : paper(id).authors) {
        for (auto& word : name_words(author)) {
          words.emplace_back(std::move(word), id);
        }
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
  const auto& words = *m_author_words;
  // Candidates: papers with a name word that the query's first word starts.
  const std::string& first = query.words.front();
  auto it = std::lower_bound(words.begin(), words.end(), first,
                             [](const auto& entry, const std::string& word) { return entry.first < word; });
  Postings candidates;
  for (; it != words.end() && it->first.starts_with(first); ++it) {
    candidates.push_back(it->second);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (DocId id : candidates) {
    for (const auto& author : paper(id).authors) {
      if (author_matches(author, query)) {
        out.push_back(id);
        break;
      }
    }
  }
  return out;
}

std::optional<DocId> Store::find_key(std::string_view key) const {
  if (!m_keys) {
    auto& keys = m_keys.emplace();
    keys.reserve(size());
    for (DocId id = 0; id < size(); ++id) {
      keys.emplace(m_papers.key(id), id);
    }
  }
  const auto it = m_keys->find(key);
  return it == m_keys->end() ? std::nullopt : std::optional<DocId>(it->second);
}

}  // namespace mllmseg
