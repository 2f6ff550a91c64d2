#pragma once
// The in-memory store: the catalog's papers (packed, store/paper_table.h)
// plus the indexes filters use (by task, venue series, series and year,
// year, code availability). Filled once, paper by paper, from a validated
// catalog; read-only afterwards.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "catalog/paper.h"
#include "catalog/person.h"
#include "store/paper_table.h"
#include "store/postings.h"
#include "store/record_arenas.h"
#include "store/term_ids.h"
#include "util/result.h"

namespace mllmseg {

class WordIndex;

class Store {
 public:
  explicit Store(Catalog catalog);
  // An empty store, for add() and set_header().
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Appends a paper (its id is size() before) and indexes it.
  void add(const Paper& p);
  // For papers read on other threads: prepare() runs there, packs p's
  // record into the calling thread's arena in arenas, and writes to out
  // (cleared first) where it is, with what add_prepared() needs to index it;
  // add_prepared() then appends the papers, in order, from what prepare()
  // made. The store must keep arenas alive (keep_alive()). A store filled
  // so answers filters by one pass over its facts, as a restored store
  // does, and builds no index as papers are added: a large catalog read
  // from JSON is read for one command, which asks one or two.
  static void prepare(const Paper& p, std::string& out, RecordArenas& arenas);
  void add_prepared(std::string_view prepared);
  // Memory the store's papers live in, kept as long as the store.
  void keep_alive(std::shared_ptr<const void> memory) { m_keep = std::move(memory); }

  // What the indexes are built from, per paper: all a snapshot keeps of the
  // store besides the papers' packed bytes and the header. Laid out as a
  // snapshot's facts section is (snapshot/layout.h), so that a little-endian
  // machine reads that section in place.
  struct Facts {
    static constexpr std::uint8_t k_has_code = 1;
    static constexpr std::uint8_t k_has_authors = 2;
    TaskSet tasks = 0;
    std::uint8_t flags = 0;  // k_has_code | k_has_authors
    std::uint16_t zero = 0;
    std::int32_t year = 0;
    std::uint32_t venue = 0;   // into venues()
    std::uint32_t listed = 0;  // 0: no listed date; else 1 + an index into days()
    bool has_code() const { return (flags & k_has_code) != 0; }
    bool has_authors() const { return (flags & k_has_authors) != 0; }
  };
  std::span<const Facts> facts() const { return m_facts_in_place.empty() ? m_facts : m_facts_in_place; }
  // Each distinct venue text and listed day, in first-seen order.
  const std::vector<std::string>& venues() const { return m_venues; }
  const std::vector<std::string>& days() const { return m_days; }
  const PaperTable& papers() const { return m_papers; }

  // A store over papers packed elsewhere (PaperTable::view), indexed from
  // their facts: in_place, in memory keep holds (as the papers' bytes), or
  // else copied. file_mapped: that memory is a read-only mapping of a file,
  // whose pages may be handed back once read (util/pages.h). An error when a
  // fact points outside venues or days, or the counts differ.
  static Result<std::unique_ptr<Store>> restore(Catalog header, PaperTable papers,
                                                std::vector<std::string> venues,
                                                std::vector<std::string> days,
                                                std::span<const Facts> in_place, std::vector<Facts> copied,
                                                std::shared_ptr<const void> keep, bool file_mapped);
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
  // The same into p, reusing its strings' memory: for a loop over many.
  void paper(DocId id, Paper& p) const { m_papers.get(id, p); }
  // Key, name, title and venue, without unpacking: views into copy or the
  // store, valid until copy changes.
  PaperTable::Head head(DocId id, std::string& copy) const { return m_papers.head(id, copy); }
  // Fields read for every paper by searches and sorts, without unpacking.
  std::string_view key(DocId id) const { return m_papers.key(id); }
  std::string_view name(DocId id) const { return m_papers.name(id); }
  std::string_view title(DocId id) const { return m_papers.title(id); }
  std::string_view venue_text(DocId id) const { return m_papers.venue(id); }
  std::optional<std::string_view> abstract(DocId id) const { return m_papers.abstract(id); }

  // Every id, in list order.
  Postings all() const;

  const Postings& with_task(Task t) const {
    return m_indexed ? m_by_task[static_cast<std::size_t>(t)] : scanned(std::nullopt, t);
  }
  const Postings& with_code(bool has_code) const {
    return m_indexed ? (has_code ? m_with_code : m_without_code) : scanned(has_code, std::nullopt);
  }
  // How many papers have an author list, and how many a code repository
  // (counted without building the indexes).
  std::size_t with_authors() const { return m_with_authors; }
  std::size_t with_code_count() const { return m_with_code_count; }

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
  const std::string& series_of(DocId id) const {
    return m_series_names[m_series_of_venue[facts()[id].venue]];
  }

  // Every series in the catalog, in first-seen order.
  const std::vector<std::string>& series_names() const { return m_series_names; }

  std::optional<DocId> find_key(std::string_view key) const;

  // The word index search answers from (store/word_index.h), when one was
  // set (a snapshot keeps it); else null and search reads every paper.
  void set_word_index(std::shared_ptr<const WordIndex> index) { m_word_index = std::move(index); }
  // The blocks of a word index saved with the store (a snapshot; see
  // WordIndex::blocks), which must outlive it: checked and read the first
  // time word_index() is called, so that a command that does not search
  // never reads them. Blocks that do not make an index leave none.
  void set_word_index_blocks(std::vector<std::string_view> blocks) { m_word_blocks = std::move(blocks); }

  // A thread that reads this store while a command reads it too (both only
  // read), owned by thread, whose deleter joins it: the store keeps it until
  // the store goes, before anything the thread reads is destroyed.
  void add_reader(std::shared_ptr<void> thread) { m_readers.push_back(std::move(thread)); }
  const WordIndex* word_index() const;

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

  std::uint32_t venue_id(std::string_view venue);
  // The fields of a paper that its facts are made of.
  struct Described {
    TaskSet tasks = 0;
    std::uint8_t flags = 0;  // Facts::k_has_code | Facts::k_has_authors
    int year = 0;
    std::string_view venue;
    std::optional<std::string_view> listed;
  };
  static Described describe(const Paper& p);
  // The facts of the paper just added as id, indexed.
  void add_facts(DocId id, const Described& paper);
  void index(DocId id, const Facts& facts);
  // Calls visit(id, facts) for every paper, in order.
  void each_fact(const std::function<void(DocId, const Facts&)>& visit) const;
  // A restored store answers each of these by one pass over its facts,
  // rather than building every index first (about 40 MB for a million
  // papers) when a query asks one or two: a search, or info, needs none.
  Postings scan(const std::function<bool(const Facts&)>& keep) const;
  // Papers of a series (and a year, a task), kept for the store's life.
  const Postings& scanned(std::uint32_t series, std::optional<int> year, std::optional<Task> task) const;
  // Papers with or without code, or of a task.
  const Postings& scanned(std::optional<bool> has_code, std::optional<Task> task) const;

  Catalog m_header;
  std::shared_ptr<const void> m_keep;  // what a restored or prepared store's papers live in
  PaperTable m_papers;
  std::vector<Facts> m_facts;
  std::span<const Facts> m_facts_in_place;  // a restored store's, in m_keep
  bool m_file_mapped = false;               // see restore()
  std::vector<std::string> m_venues;
  // Each venue's and listed day's index in m_venues and m_days, looked up
  // by a view of the text: a paper's venue or day already seen costs a
  // hash and a comparison, no string.
  TermIds m_venue_ids;
  std::vector<std::uint32_t> m_series_of_venue;  // series of each venue
  std::vector<std::string> m_days;
  TermIds m_day_ids;
  Postings m_by_task[3];
  Postings m_with_code;
  Postings m_without_code;
  std::size_t m_with_authors = 0;
  std::size_t m_with_code_count = 0;
  // False for a restored store or one filled by add_prepared(), which scan
  // their facts instead.
  bool m_indexed = true;
  mutable std::map<std::tuple<std::uint32_t, int, int>, Postings> m_scanned;  // series, year, task
  mutable std::optional<Postings> m_scanned_code[2];                          // without, with
  mutable std::optional<Postings> m_scanned_task[3];
  std::map<int, Postings> m_by_year;
  std::vector<Postings> m_by_day;  // papers of each day in m_days
  std::vector<std::string> m_series_names;
  std::unordered_map<std::string, std::uint32_t> m_series_lookup;  // lowercase series
  std::vector<SeriesIndex> m_series;
  // Paper of each key; built by the first find_key() call (list and search
  // never look a key up).
  mutable std::optional<std::unordered_map<std::string_view, DocId>> m_keys;
  // Folded author name words, sorted; built by the first by_author() call
  // (only --author queries need it, and it is the costliest index to build).
  mutable std::optional<std::vector<std::pair<std::string, DocId>>> m_author_words;
  mutable std::shared_ptr<const WordIndex> m_word_index;
  mutable std::vector<std::string_view> m_word_blocks;  // of an index not yet read

  // Threads that read the store (its snapshot being written), each owned by
  // a pointer whose last owner joins it; declared last, so released before
  // anything they read is destroyed.
  std::vector<std::shared_ptr<void>> m_readers;
};

}  // namespace mllmseg
