#include "store/store.h"

#include <limits>
#include <numeric>

#include <algorithm>

#include "catalog/person.h"
#include "catalog/venue.h"
#include "store/packing.h"
#include "store/word_index.h"
#include "util/pages.h"
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
  add_facts(id, describe(p));
}

Store::Described Store::describe(const Paper& p) {
  Described d;
  d.tasks = p.tasks;
  d.flags = static_cast<std::uint8_t>((p.code ? Facts::k_has_code : 0) |
                                      (p.authors.empty() ? 0 : Facts::k_has_authors));
  d.year = p.year;
  d.venue = p.venue;
  if (p.listed) {
    d.listed = *p.listed;
  }
  return d;
}

// What prepare() makes: the described fields, then where the paper's
// record is.
void Store::prepare(const Paper& p, std::string& out, RecordArenas& arenas) {
  thread_local std::string record;
  PaperTable::pack(p, record);
  const std::string_view kept = arenas.mine().keep(record);
  const Described d = describe(p);
  out.clear();
  packing::Packer pack(out);
  pack.number(d.tasks);
  pack.number(d.flags);
  pack.integer(d.year);
  pack.string(d.venue);
  pack.optional(p.listed);
  pack.number(reinterpret_cast<std::uintptr_t>(kept.data()));
  pack.number(kept.size());
}

void Store::add_prepared(std::string_view prepared) {
  packing::Unpacker in(prepared);
  Described d;
  d.tasks = static_cast<TaskSet>(in.number());
  d.flags = static_cast<std::uint8_t>(in.number());
  d.year = in.integer();
  d.venue = in.string();
  d.listed = in.optional_view();
  const auto* record = reinterpret_cast<const char*>(static_cast<std::uintptr_t>(in.number()));
  const auto size = static_cast<std::size_t>(in.number());
  const auto id = static_cast<DocId>(m_papers.size());
  m_papers.add_kept(std::string_view(record, size));
  m_indexed = false;
  add_facts(id, d);
}

void Store::add_facts(DocId id, const Described& p) {
  Facts facts;
  facts.tasks = p.tasks;
  facts.flags = p.flags;
  facts.year = p.year;
  facts.venue = venue_id(p.venue);
  if (p.listed) {
    const std::uint32_t day = m_day_ids.id(*p.listed);
    if (day == m_days.size()) {
      m_days.emplace_back(*p.listed);
    }
    facts.listed = day + 1;
  }
  m_facts.push_back(facts);
  m_with_authors += facts.has_authors() ? 1U : 0U;
  m_with_code_count += facts.has_code() ? 1U : 0U;
  if (m_indexed) {
    index(id, facts);
  }
  m_keys.reset();
}

// The venue's id, its series found the first time it is seen, so that
// parse_venue runs once per distinct venue, not once per paper.
std::uint32_t Store::venue_id(std::string_view venue) {
  const std::uint32_t id = m_venue_ids.id(venue);
  if (id < m_venues.size()) {
    return id;
  }
  m_venues.emplace_back(venue);
  const auto parts = parse_venue(venue);
  std::string series = parts ? parts->series : std::string(text::trim(venue));
  const auto [known, added] =
      m_series_lookup.emplace(text::to_lower(series), static_cast<std::uint32_t>(m_series_names.size()));
  if (added) {
    m_series_names.push_back(std::move(series));
    m_series.emplace_back();
  }
  m_series_of_venue.push_back(known->second);
  return id;
}

void Store::index(DocId id, const Facts& facts) {
  for (Task t : k_all_tasks) {
    if (has_task(facts.tasks, t)) {
      m_by_task[static_cast<std::size_t>(t)].push_back(id);
    }
  }
  (facts.has_code() ? m_with_code : m_without_code).push_back(id);
  m_by_year[facts.year].push_back(id);
  if (facts.listed != 0) {
    if (m_by_day.size() < facts.listed) {
      m_by_day.resize(facts.listed);
    }
    m_by_day[facts.listed - 1].push_back(id);
  }
  SeriesIndex& index = m_series[m_series_of_venue[facts.venue]];
  index.all.push_back(id);
  index.by_year[facts.year].push_back(id);
  auto& year_tasks = index.by_year_task[facts.year];
  for (Task t : k_all_tasks) {
    if (has_task(facts.tasks, t)) {
      index.by_task[static_cast<std::size_t>(t)].push_back(id);
      year_tasks[static_cast<std::size_t>(t)].push_back(id);
    }
  }
}

Result<std::unique_ptr<Store>> Store::restore(Catalog header, PaperTable papers,
                                              std::vector<std::string> venues, std::vector<std::string> days,
                                              std::span<const Facts> in_place, std::vector<Facts> copied,
                                              std::shared_ptr<const void> keep, bool file_mapped) {
  if (in_place.size() + copied.size() != papers.size() || (!in_place.empty() && !copied.empty())) {
    return Error{"the papers and their facts differ in number"};
  }
  auto store = std::make_unique<Store>();
  store->m_keep = std::move(keep);
  for (const std::string& venue : venues) {
    if (store->venue_id(venue) != store->m_venues.size() - 1) {
      return Error{"a venue appears twice"};
    }
  }
  store->m_days = std::move(days);
  for (std::uint32_t i = 0; i < store->m_days.size(); ++i) {
    if (store->m_day_ids.id(store->m_days[i]) != i) {
      return Error{"a listed day appears twice"};
    }
  }
  store->m_facts = std::move(copied);
  store->m_facts_in_place = in_place;
  store->m_file_mapped = file_mapped;
  constexpr TaskSet k_every_task = task_bit(Task::res) | task_bit(Task::ovss) | task_bit(Task::video);
  bool inside = true;
  store->each_fact([&](DocId, const Facts& f) {
    inside = inside && f.venue < store->m_venues.size() && f.listed <= store->m_days.size() &&
             (f.tasks & ~k_every_task) == 0;
    store->m_with_authors += f.has_authors() ? 1U : 0U;
    store->m_with_code_count += f.has_code() ? 1U : 0U;
  });
  if (!inside) {
    return Error{"a paper's facts point outside the snapshot"};
  }
  store->m_indexed = store->facts().empty();
  store->m_papers = std::move(papers);
  store->set_header(std::move(header));
  return store;
}

const WordIndex* Store::word_index() const {
  if (!m_word_blocks.empty()) {
    auto index = WordIndex::view(m_word_blocks, size(), m_file_mapped);
    if (index) {
      m_word_index = std::make_shared<const WordIndex>(std::move(*index));
    }
    m_word_blocks.clear();
  }
  return m_word_index.get();
}

void Store::each_fact(const std::function<void(DocId, const Facts&)>& visit) const {
  const std::span<const Facts> all = facts();
  // A million papers' facts are 16 MB, which a query reads once.
  pages::ReleaseBehind behind(all.data(), m_file_mapped && !m_facts_in_place.empty());
  for (std::size_t i = 0; i < all.size(); ++i) {
    visit(static_cast<DocId>(i), all[i]);
    behind.passed(all.data(), i);
  }
}

Postings Store::scan(const std::function<bool(const Facts&)>& keep) const {
  Postings ids;
  each_fact([&](DocId id, const Facts& f) {
    if (keep(f)) {
      ids.push_back(id);
    }
  });
  return ids;
}

const Postings& Store::scanned(std::uint32_t series, std::optional<int> year,
                               std::optional<Task> task) const {
  const auto key =
      std::tuple(series, year.value_or(std::numeric_limits<int>::min()), task ? static_cast<int>(*task) : -1);
  auto it = m_scanned.find(key);
  if (it == m_scanned.end()) {
    it = m_scanned
             .emplace(key, scan([&](const Facts& f) {
                        return m_series_of_venue[f.venue] == series && (!year || f.year == *year) &&
                               (!task || has_task(f.tasks, *task));
                      }))
             .first;
  }
  return it->second;
}

const Postings& Store::scanned(std::optional<bool> has_code, std::optional<Task> task) const {
  std::optional<Postings>& list =
      task ? m_scanned_task[static_cast<std::size_t>(*task)] : m_scanned_code[*has_code ? 1 : 0];
  if (!list) {
    list = scan([&](const Facts& f) { return task ? has_task(f.tasks, *task) : f.has_code() == *has_code; });
  }
  return *list;
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
  if (!m_indexed) {
    return scanned(it->second, year, std::nullopt);
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
  if (!m_indexed) {
    return scanned(it->second, year, task);
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
  if (!m_indexed) {
    return scan([&](const Facts& f) { return f.year >= lo && f.year <= hi; });
  }
  std::vector<std::span<const DocId>> lists;
  for (auto it = m_by_year.lower_bound(lo); it != m_by_year.end() && it->first <= hi; ++it) {
    lists.emplace_back(it->second);
  }
  return lists.empty() ? Postings{} : unite(lists);
}

Postings Store::listed(std::string_view lo, std::string_view hi) const {
  if (!m_indexed) {
    std::vector<bool> within(m_days.size() + 1, false);
    for (std::size_t day = 0; day < m_days.size(); ++day) {
      within[day + 1] = m_days[day] >= lo && m_days[day] <= hi;
    }
    return scan([&](const Facts& f) { return within[f.listed]; });
  }
  std::vector<std::span<const DocId>> lists;
  for (std::size_t day = 0; day < m_days.size(); ++day) {
    if (m_days[day] >= lo && m_days[day] <= hi) {
      lists.emplace_back(m_by_day[day]);
    }
  }
  return lists.empty() ? Postings{} : unite(lists);
}

std::size_t Store::without_listed() const {
  if (!m_indexed) {
    std::size_t without = 0;
    each_fact([&](DocId, const Facts& f) { without += f.listed == 0 ? 1U : 0U; });
    return without;
  }
  std::size_t with = 0;
  for (const Postings& ids : m_by_day) {
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
