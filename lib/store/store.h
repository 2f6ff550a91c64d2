#pragma once
// The in-memory store: the catalog's papers (packed, store/paper_table.h)
// plus the indexes filters use (by task, venue series, series and year,
// year, code availability). Filled once, paper by paper, from a validated
// catalog; read-only afterwards.

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/paper.h"
#include "catalog/person.h"
#include "store/paper_table.h"
#include "store/postings.h"

namespace mllmseg {

class Store {
 public:
  explicit Store(Catalog catalog);
  // An empty store, for add() and set_header().
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Appends a paper (its id is size() before) and indexes it.
  void add(const Paper& p);
  // The catalog's fields besides its papers (header.papers is ignored).
  void set_header(Catalog header);

  // The catalog's fields besides its papers; papers is empty.
  const Catalog& header() const { return m_header; }
  // The whole catalog, every paper unpacked.
  Catalog catalog() const;

  std::size_t size() const { return m_papers.size(); }
  // The paper, unpacked: bind it to a const reference or a value, never keep
  // a pointer or view into it beyond the statement.
  Paper paper(DocId id) const { return m_papers.get(id); }
  // Fields read for every paper by searches and sorts, without unpacking.
  std::string_view key(DocId id) const { return m_papers.key(id); }
  std::string_view name(DocId id) const { return m_papers.name(id); }
  std::string_view title(DocId id) const { return m_papers.title(id); }
  std::string_view venue_text(DocId id) const { return m_papers.venue(id); }
  std::optional<std::string_view> abstract(DocId id) const { return m_papers.abstract(id); }

  // Every id, in list order.
  Postings all() const;

  const Postings& with_task(Task t) const { return m_by_task[static_cast<std::size_t>(t)]; }
  const Postings& with_code(bool has_code) const { return has_code ? m_with_code : m_without_code; }

  // Papers of a venue series (compared case-insensitively), optionally of one
  // year; empty when none.
  std::span<const DocId> venue(std::string_view series, std::optional<int> year) const;
  // The same, of one task only: the compound index behind the usual
  // `--venue X --task T` query, which then costs a lookup, not a merge.
  std::span<const DocId> venue(std::string_view series, std::optional<int> year, Task task) const;

  // Papers whose year lies in [lo, hi].
  Postings years(int lo, int hi) const;

  // Papers that joined the list from day lo to day hi (YYYY-MM-DD, both
  // included); a paper without a listed date is in no range.
  Postings listed(std::string_view lo, std::string_view hi) const;
  // How many papers have no listed date.
  std::size_t without_listed() const;

  // The paper's venue series as the catalog writes it: "NeurIPS", "ArXiv".
  const std::string& series_of(DocId id) const { return m_series_names[m_series_of[id]]; }

  // Every series in the catalog, in first-seen order.
  const std::vector<std::string>& series_names() const { return m_series_names; }

  std::optional<DocId> find_key(std::string_view key) const;

  // Papers with an author the query asks for (see AuthorQuery in
  // catalog/person.h), in list order. Looks the first word up in the index of
  // author name words, then checks each candidate.
  Postings by_author(const AuthorQuery& query) const;

 private:
  struct SeriesIndex {
    Postings all;
    std::map<int, Postings> by_year;
    Postings by_task[3];
    std::map<int, std::array<Postings, 3>> by_year_task;
  };

  Catalog m_header;
  PaperTable m_papers;
  Postings m_by_task[3];
  Postings m_with_code;
  Postings m_without_code;
  std::map<int, Postings> m_by_year;
  std::map<std::string, Postings, std::less<>> m_by_listed;
  std::vector<std::string> m_series_names;
  std::vector<std::uint32_t> m_series_of;
  std::unordered_map<std::string, std::uint32_t> m_series_lookup;  // lowercase series
  std::vector<SeriesIndex> m_series;
  // Series of each venue text seen ("NeurIPS'24" -> NeurIPS), so that
  // parse_venue runs once per distinct venue, not once per paper.
  std::unordered_map<std::string, std::uint32_t> m_series_of_venue;
  // Paper of each key; built by the first find_key() call (list and search
  // never look a key up).
  mutable std::optional<std::unordered_map<std::string_view, DocId>> m_keys;
  // Folded author name words, sorted; built by the first by_author() call
  // (only --author queries need it, and it is the costliest index to build).
  mutable std::optional<std::vector<std::pair<std::string, DocId>>> m_author_words;
};

}  // namespace mllmseg
