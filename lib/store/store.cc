#include "store/store.h"

#include <numeric>

#include "catalog/venue.h"
#include "util/text.h"

namespace mllmseg {

Store::Store(Catalog catalog) : m_catalog(std::move(catalog)) {
  const auto count = static_cast<DocId>(m_catalog.papers.size());
  m_series_of.reserve(count);
  m_keys.reserve(count);
  for (DocId id = 0; id < count; ++id) {
    const Paper& p = m_catalog.papers[id];
    for (Task t : k_all_tasks) {
      if (has_task(p.tasks, t)) {
        m_by_task[static_cast<std::size_t>(t)].push_back(id);
      }
    }
    (p.code ? m_with_code : m_without_code).push_back(id);
    m_by_year[p.year].push_back(id);

    const auto parts = parse_venue(p.venue);
    std::string series = parts ? parts->series : std::string(text::trim(p.venue));
    const auto [it, inserted] =
        m_series_lookup.emplace(text::to_lower(series), static_cast<std::uint32_t>(m_series_names.size()));
    if (inserted) {
      m_series_names.push_back(std::move(series));
      m_series.emplace_back();
    }
    m_series_of.push_back(it->second);
    SeriesIndex& index = m_series[it->second];
    index.all.push_back(id);
    index.by_year[p.year].push_back(id);
    m_keys.emplace(p.key, id);
  }
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

Postings Store::years(int lo, int hi) const {
  std::vector<std::span<const DocId>> lists;
  for (auto it = m_by_year.lower_bound(lo); it != m_by_year.end() && it->first <= hi; ++it) {
    lists.emplace_back(it->second);
  }
  return lists.empty() ? Postings{} : unite(lists);
}

std::optional<DocId> Store::find_key(std::string_view key) const {
  const auto it = m_keys.find(key);
  return it == m_keys.end() ? std::nullopt : std::optional<DocId>(it->second);
}

}  // namespace mllmseg
