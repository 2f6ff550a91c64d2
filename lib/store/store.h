#pragma once
// The in-memory store: the catalog's papers plus the indexes filters use
// (by task, venue series, series and year, year, code availability). Built
// once from a validated Catalog; read-only afterwards.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/paper.h"
#include "store/postings.h"

namespace mllmseg {

class Store {
 public:
  explicit Store(Catalog catalog);
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const Catalog& catalog() const { return m_catalog; }
  std::size_t size() const { return m_catalog.papers.size(); }
  const Paper& paper(DocId id) const { return m_catalog.papers[id]; }

  // Every id, in list order.
  Postings all() const;

  const Postings& with_task(Task t) const { return m_by_task[static_cast<std::size_t>(t)]; }
  const Postings& with_code(bool has_code) const { return has_code ? m_with_code : m_without_code; }

  // Papers of a venue series (compared case-insensitively), optionally of one
  // year; empty when none.
  std::span<const DocId> venue(std::string_view series, std::optional<int> year) const;

  // Papers whose year lies in [lo, hi].
  Postings years(int lo, int hi) const;

  // The paper's venue series as the catalog writes it: "NeurIPS", "ArXiv".
  const std::string& series_of(DocId id) const { return m_series_names[m_series_of[id]]; }

  // Every series in the catalog, in first-seen order.
  const std::vector<std::string>& series_names() const { return m_series_names; }

  std::optional<DocId> find_key(std::string_view key) const;

  // Papers with an author whose name matches every folded query word (see
  // query/author.h), in list order. Looks the first word up in the index of
  // author name words, then checks each candidate.
  Postings by_author(const std::vector<std::string>& query_words) const;

 private:
  struct SeriesIndex {
    Postings all;
    std::map<int, Postings> by_year;
  };

  Catalog m_catalog;
  Postings m_by_task[3];
  Postings m_with_code;
  Postings m_without_code;
  std::map<int, Postings> m_by_year;
  std::vector<std::string> m_series_names;
  std::vector<std::uint32_t> m_series_of;
  std::unordered_map<std::string, std::uint32_t> m_series_lookup;  // lowercase series
  std::vector<SeriesIndex> m_series;
  std::unordered_map<std::string_view, DocId> m_keys;
  // Folded author name words, sorted; built by the first by_author() call
  // (only --author queries need it, and it is the costliest index to build).
  mutable std::optional<std::vector<std::pair<std::string, DocId>>> m_author_words;
};

}  // namespace mllmseg
