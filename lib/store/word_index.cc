#include "store/word_index.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <string>
#include <thread>

#include "store/store.h"
#include "store/term_ids.h"
#include "util/pages.h"
#include "util/stem.h"
#include "util/text.h"

namespace mllmseg {

// build()'s arrays, which its spans view: never moved once the spans are set.
struct WordIndex::Arrays {
  std::vector<std::uint64_t> header;
  std::vector<char> term_text;
  std::vector<std::uint64_t> term_start;
  std::vector<std::uint64_t> posting_start;
  std::vector<DocId> posting_doc;
  std::vector<std::uint8_t> posting_tag;
  std::vector<char> stem_text;
  std::vector<std::uint64_t> stem_start;
  std::vector<std::uint32_t> stem_term_start;
  std::vector<std::uint32_t> stem_terms;
  std::vector<char> names;
  std::vector<std::uint64_t> name_start;
  std::vector<std::uint32_t> length;
};

namespace {

template <typename T>
std::string_view bytes_of(std::span<const T> values) {
  return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T)};
}

// Concatenates strings into text with their offsets into start.
void concatenate(const std::vector<std::string_view>& strings, std::vector<char>& text,
                 std::vector<std::uint64_t>& start) {
  start.reserve(strings.size() + 1);
  start.push_back(0);
  for (std::string_view s : strings) {
    text.insert(text.end(), s.begin(), s.end());
    start.push_back(text.size());
  }
}

}  // namespace

namespace {

// What one run of papers gives: its own term ids, first seen in it, its
// postings (a term and a tag each, a paper's after the paper before's),
// names and lengths.
struct Tokens {
  TermIds ids;
  std::vector<std::uint32_t> terms;
  std::vector<std::uint8_t> tags;
  std::vector<std::uint64_t> ends;  // where each paper's postings end in terms
  std::vector<char> names;
  std::vector<std::uint64_t> name_ends;  // where each paper's name ends in names
  std::vector<std::uint32_t> length;
  std::uint64_t total_length = 0;
};

void tokenize(const Store& store, DocId from, DocId to, Tokens& out) {
  std::vector<std::uint32_t> field_terms;
  std::string lowered;
  out.length.reserve(to - from);
  out.name_ends.reserve(to - from);
  out.ends.reserve(to - from);
  for (DocId id = from; id < to; ++id) {
    // The field's tokens as term ids, counted by sorting; returns how many.
    const auto add_field = [&](std::string_view value, std::uint8_t field) {
      field_terms.clear();
      text::visit_tokens(value, lowered,
                         [&](std::string_view token) { field_terms.push_back(out.ids.id(token)); });
      std::sort(field_terms.begin(), field_terms.end());
      for (std::size_t i = 0; i < field_terms.size();) {
        std::size_t j = i;
        while (j < field_terms.size() && field_terms[j] == field_terms[i]) {
          ++j;
        }
        for (std::size_t left = j - i; left > 0;) {
          const auto count = static_cast<std::uint32_t>(std::min<std::size_t>(left, WordIndex::k_max_count));
          out.terms.push_back(field_terms[i]);
          out.tags.push_back(static_cast<std::uint8_t>(count << 2 | field));
          left -= count;
        }
        i = j;
      }
      return static_cast<std::uint32_t>(field_terms.size());
    };
    const std::uint32_t title_tokens = add_field(store.title(id), WordIndex::k_title);
    add_field(store.venue_text(id), WordIndex::k_venue);
    if (const auto abstract = store.abstract(id)) {
      add_field(*abstract, WordIndex::k_abstract);
    }
    std::uint32_t name_tokens = 0;
    text::visit_tokens(store.name(id), lowered, [&](std::string_view) { ++name_tokens; });
    out.names.insert(out.names.end(), lowered.begin(), lowered.end());
    out.name_ends.push_back(out.names.size());
    out.ends.push_back(out.terms.size());
    out.length.push_back(title_tokens + name_tokens);
    out.total_length += title_tokens + name_tokens;
  }
}

}  // namespace

WordIndex WordIndex::build(const Store& store) {
  return build(store, store.size() < k_parallel_from ? 1 : 2);
}

WordIndex WordIndex::build(const Store& store, std::size_t runs) {
  auto arrays = std::make_shared<Arrays>();
  Arrays& a = *arrays;
  const std::size_t papers = store.size();
  runs = std::clamp<std::size_t>(runs, 1, std::max<std::size_t>(papers, 1));
  // The papers in runs tokenized at once, each on its own thread (but the
  // first), then the later runs' term ids mapped to the first's, whose
  // postings come first: papers stay in order.
  std::vector<Tokens> parts(runs);
  {
    const auto bound = [&](std::size_t run) { return static_cast<DocId>(papers * run / runs); };
    std::vector<std::jthread> threads;
    for (std::size_t run = 1; run < runs; ++run) {
      threads.emplace_back([&, run] { tokenize(store, bound(run), bound(run + 1), parts[run]); });
    }
    tokenize(store, 0, bound(1), parts[0]);
  }
  TermIds& first = parts[0].ids;
  // Each run's term ids as the first run's (the first's are its own).
  std::vector<std::vector<std::uint32_t>> to_first(runs);
  std::uint64_t total_length = 0;
  a.length.reserve(papers);
  a.name_start.reserve(papers + 1);
  a.name_start.push_back(0);
  for (Tokens& part : parts) {
    std::vector<std::uint32_t>& ids = to_first[static_cast<std::size_t>(&part - parts.data())];
    ids.resize(part.ids.size());
    for (std::uint32_t t = 0; t < ids.size(); ++t) {
      ids[t] = &part.ids == &first ? t : first.id(part.ids.text(t));
    }
    const std::uint64_t before = a.names.size();
    a.names.insert(a.names.end(), part.names.begin(), part.names.end());
    for (const std::uint64_t end : part.name_ends) {
      a.name_start.push_back(before + end);
    }
    a.length.insert(a.length.end(), part.length.begin(), part.length.end());
    total_length += part.total_length;
  }

  // Terms sorted, and each first-seen id's place among them.
  const auto term_count = static_cast<std::uint32_t>(first.size());
  std::vector<std::uint32_t> order(term_count);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return first.text(x) < first.text(y); });
  std::vector<std::uint32_t> rank(term_count);
  std::vector<std::string_view> sorted(term_count);
  for (std::uint32_t r = 0; r < term_count; ++r) {
    rank[order[r]] = r;
    sorted[r] = first.text(order[r]);
  }
  concatenate(sorted, a.term_text, a.term_start);

  // Postings grouped by sorted term, a stable counting sort over the runs
  // in turn: papers stay in order.
  std::size_t postings = 0;
  for (std::size_t run = 0; run < runs; ++run) {
    for (std::uint32_t& id : to_first[run]) {
      id = rank[id];  // now the sorted term's
    }
    postings += parts[run].terms.size();
  }
  a.posting_start.assign(term_count + 1, 0);
  for (std::size_t run = 0; run < runs; ++run) {
    for (const std::uint32_t term : parts[run].terms) {
      ++a.posting_start[to_first[run][term] + 1];
    }
  }
  std::partial_sum(a.posting_start.begin(), a.posting_start.end(), a.posting_start.begin());
  a.posting_doc.resize(postings);
  a.posting_tag.resize(postings);
  {
    std::vector<std::uint64_t> next(a.posting_start.begin(), a.posting_start.end() - 1);
    DocId doc = 0;
    for (std::size_t run = 0; run < runs; ++run) {
      const Tokens& part = parts[run];
      const std::vector<std::uint32_t>& ids = to_first[run];
      std::uint64_t i = 0;
      for (const std::uint64_t end : part.ends) {
        for (; i < end; ++i) {
          const std::uint64_t at = next[ids[part.terms[i]]]++;
          a.posting_doc[at] = doc;
          a.posting_tag[at] = part.tags[i];
        }
        ++doc;
      }
      std::vector<std::uint32_t>().swap(parts[run].terms);
      std::vector<std::uint8_t>().swap(parts[run].tags);
    }
  }

  // Stems: (stem, term) pairs sorted, grouped by stem.
  std::vector<std::pair<std::string, std::uint32_t>> stems;
  stems.reserve(term_count);
  for (std::uint32_t t = 0; t < term_count; ++t) {
    stems.emplace_back(text::stem(sorted[t]), t);
  }
  std::sort(stems.begin(), stems.end());
  std::vector<std::string_view> distinct;
  a.stem_term_start.push_back(0);
  for (std::size_t i = 0; i < stems.size(); ++i) {
    if (i > 0 && stems[i].first != stems[i - 1].first) {
      a.stem_term_start.push_back(static_cast<std::uint32_t>(i));
    }
    if (i == 0 || stems[i].first != stems[i - 1].first) {
      distinct.push_back(stems[i].first);
    }
    a.stem_terms.push_back(stems[i].second);
  }
  a.stem_term_start.push_back(static_cast<std::uint32_t>(stems.size()));
  if (stems.empty()) {
    a.stem_term_start.resize(1);
  }
  concatenate(distinct, a.stem_text, a.stem_start);

  a.header = {k_version, papers, total_length};
  WordIndex index;
  index.m_owned = arrays;
  index.m_total_length = total_length;
  index.m_header = a.header;
  index.m_term_text = {a.term_text.data(), a.term_text.size()};
  index.m_term_start = a.term_start;
  index.m_posting_start = a.posting_start;
  index.m_posting_doc = a.posting_doc;
  index.m_posting_tag = a.posting_tag;
  index.m_stem_text = {a.stem_text.data(), a.stem_text.size()};
  index.m_stem_start = a.stem_start;
  index.m_stem_term_start = a.stem_term_start;
  index.m_stem_terms = a.stem_terms;
  index.m_names = {a.names.data(), a.names.size()};
  index.m_name_start = a.name_start;
  index.m_length = a.length;
  return index;
}

std::vector<std::string_view> WordIndex::blocks() const {
  return {bytes_of(m_header),
          m_term_text,
          bytes_of(m_term_start),
          bytes_of(m_posting_start),
          bytes_of(m_posting_doc),
          bytes_of(m_posting_tag),
          m_stem_text,
          bytes_of(m_stem_start),
          bytes_of(m_stem_term_start),
          bytes_of(m_stem_terms),
          m_names,
          bytes_of(m_name_start),
          bytes_of(m_length)};
}

std::string_view WordIndex::term(std::uint32_t t) const {
  return m_term_text.substr(m_term_start[t], m_term_start[t + 1] - m_term_start[t]);
}

std::pair<std::uint32_t, std::uint32_t> WordIndex::prefix_range(std::string_view prefix) const {
  const auto count = static_cast<std::uint32_t>(terms());
  // First term not below prefix, then first term past those starting with it.
  std::uint32_t lo = 0;
  std::uint32_t hi = count;
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid) < prefix) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const std::uint32_t first = lo;
  hi = count;
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid).starts_with(prefix)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return {first, lo};
}

std::span<const std::uint32_t> WordIndex::stem_terms(std::string_view stem) const {
  const auto count = static_cast<std::uint32_t>(m_stem_start.size() - 1);
  std::uint32_t lo = 0;
  std::uint32_t hi = count;
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    const std::string_view s =
        m_stem_text.substr(m_stem_start[mid], m_stem_start[mid + 1] - m_stem_start[mid]);
    if (s < stem) {
      lo = mid + 1;
    } else if (s == stem) {
      return m_stem_terms.subspan(m_stem_term_start[mid],
                                  m_stem_term_start[mid + 1] - m_stem_term_start[mid]);
    } else {
      hi = mid;
    }
  }
  return {};
}

void WordIndex::name_hits(std::string_view word, std::vector<DocId>& out) const {
  if (word.empty() || m_length.empty()) {
    return;
  }
  std::size_t doc = 0;
  pages::ReleaseBehind names_behind(m_names.data(), m_file_mapped);
  pages::ReleaseBehind starts_behind(m_name_start.data(), m_file_mapped);
  for (std::size_t at = m_names.find(word); at != std::string_view::npos;) {
    names_behind.passed(m_names.data(), at);
    starts_behind.passed(m_name_start.data(), doc);
    // The paper whose name holds offset at: the last whose name starts at or before it.
    doc =
        static_cast<std::size_t>(std::upper_bound(m_name_start.begin() + static_cast<std::ptrdiff_t>(doc) + 1,
                                                  m_name_start.end(), at) -
                                 m_name_start.begin()) -
        1;
    const std::uint64_t end = m_name_start[doc + 1];
    if (at + word.size() <= end) {
      out.push_back(static_cast<DocId>(doc));
      at = m_names.find(word, end);
    } else {
      at = m_names.find(word, at + 1);  // across two names: not a match
    }
  }
}

}  // namespace mllmseg
