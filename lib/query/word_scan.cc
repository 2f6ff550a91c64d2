#include "query/word_scan.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <thread>

#include "store/word_index.h"
#include "util/stem.h"
#include "util/text.h"

namespace mllmseg {

namespace {

// Stores this large are scanned on two threads (the word index is built
// on two from the same size).
constexpr std::size_t k_parallel_scan_from = 65536;

bool in_scope(Scope scope, Field field) {
  switch (scope) {
    case Scope::any:
      return true;
    case Scope::name:
      return field == Field::name;
    case Scope::title:
      return field == Field::title;
  }
  return false;
}

// What a word adds to a paper's counts: field, amount, and whether the word
// itself (not only its stem) occurs there within its scope.
struct Contribution {
  DocId doc;
  std::uint8_t field;
  bool direct;
  float amount;  // exact, as FieldCounts are
};

// The word's hits read from the index: the same as the scan below gives, as
// a paper's counts are sums of 1 and k_stem_weight, exact in any order.
// Returns whether the word is known.
bool indexed_hits(const WordIndex& index, const SearchWord& word, const std::vector<bool>& allowed,
                  std::vector<WordHit>& hits, std::vector<Contribution>& found, std::vector<DocId>& names) {
  const std::string stem = text::stem(word.text);
  const std::string stem_start = stem.substr(0, std::max<std::size_t>(stem.size(), 2) - 1);
  const auto [first, last] = index.prefix_range(word.text);
  std::vector<std::uint32_t> stem_terms;
  for (const std::uint32_t t : index.stem_terms(stem)) {
    const std::string_view term = index.term(t);
    if (!term.starts_with(word.text) && term.starts_with(stem_start)) {
      stem_terms.push_back(t);
    }
  }
  names.clear();
  index.name_hits(word.text, names);
  const bool known = first < last || !stem_terms.empty() || !names.empty();
  // Only fields within the scope give hits; the rest count for known only.
  found.clear();
  const auto add = [&](std::uint32_t t, bool direct, double weight) {
    index.visit_postings(t, [&](const WordIndex::Posting& p) {
      if (in_scope(word.scope, static_cast<Field>(p.field))) {
        found.push_back(Contribution{p.doc, p.field, direct, static_cast<float>(weight * p.count)});
      }
    });
  };
  if (word.scope != Scope::name) {
    for (std::uint32_t t = first; t < last; ++t) {
      add(t, true, 1.0);
    }
    for (const std::uint32_t t : stem_terms) {
      add(t, false, k_stem_weight);
    }
  }
  if (in_scope(word.scope, Field::name)) {
    for (const DocId doc : names) {
      found.push_back(Contribution{doc, 0, true, 1.0F});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Contribution& a, const Contribution& b) { return a.doc < b.doc; });
  std::size_t papers = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i == 0 || found[i].doc != found[i - 1].doc) {
      ++papers;
    }
  }
  hits.reserve(papers);
  for (std::size_t i = 0; i < found.size();) {
    WordHit hit{found[i].doc, {}, false};
    for (; i < found.size() && found[i].doc == hit.doc; ++i) {
      hit.counts[found[i].field] += found[i].amount;
      hit.direct = hit.direct || found[i].direct;
    }
    if (allowed.empty() || allowed[hit.doc]) {
      hits.push_back(hit);
    }
  }
  return known;
}

WordScan indexed_scan(const WordIndex& index, const std::vector<SearchWord>& words,
                      const std::vector<bool>& allowed) {
  WordScan scan;
  scan.hits.resize(words.size());
  scan.known.assign(words.size(), false);
  std::vector<Contribution> found;
  std::vector<DocId> names;
  for (std::size_t w = 0; w < words.size(); ++w) {
    scan.known[w] = indexed_hits(index, words[w], allowed, scan.hits[w], found, names);
  }
  const auto lengths = index.lengths();
  scan.index_length = lengths;
  if (!lengths.empty()) {
    scan.average_length =
        std::max(1.0, static_cast<double>(index.total_length()) / static_cast<double>(lengths.size()));
  }
  return scan;
}

// The query's words with their stems, as the scan compares tokens with them.
struct Words {
  const std::vector<SearchWord>& words;
  // A token can share a word's stem only if it starts with all of the stem
  // but its last letter (Snowball changes only a stem's end: "y" to "i").
  std::vector<std::string> stems;
  std::vector<std::string> stem_starts;
  // Whether the word starts with its stem's start, so that a field holding
  // the word holds that too.
  std::vector<bool> has_stem_start;
};

// Papers [from, to) scanned into part, whose hits, known flags and lengths
// are those papers' alone, and the sum of those lengths into total_length.
// Both are written once, at the end: the runs' results lie side by side,
// and a write to them for every paper would have the two threads take the
// same cache line from each other all along.
void scan_range(const Store& store, const Words& query, const std::vector<bool>& allowed, DocId from,
                DocId to, WordScan& result, std::uint64_t& total_length) {
  const std::vector<SearchWord>& words = query.words;
  WordScan part;
  std::uint64_t total = 0;
  part.hits.resize(words.size());
  part.known.assign(words.size(), false);
  part.counted_length.reserve(to - from);
  std::string lowered;
  std::vector<FieldCounts> found(words.size());
  std::vector<bool> direct(words.size());
  for (DocId id = from; id < to; ++id) {
    std::fill(found.begin(), found.end(), FieldCounts{});
    std::fill(direct.begin(), direct.end(), false);
    // Adds each token of the field to the counts of the words it starts or
    // shares a stem with; returns the number of tokens when count is set
    // (only the title's go into a paper's length). A token can do either
    // only where the field holds a word or the start of its stem: a field
    // with neither, as most are, is at most counted, and never lowercased.
    const auto scan_field = [&](std::string_view value, Field field, bool count) {
      bool candidate = false;
      for (std::size_t w = 0; w < words.size() && !candidate; ++w) {
        candidate = text::contains_folded(value, query.stem_starts[w]) ||
                    (!query.has_stem_start[w] && text::contains_folded(value, words[w].text));
      }
      if (!candidate) {
        return count ? static_cast<std::uint32_t>(text::count_tokens(value)) : 0U;
      }
      text::lower_into(value, lowered);
      std::uint32_t tokens = 0;
      text::visit_lowered_tokens(lowered, [&](std::string_view token) {
        ++tokens;
        for (std::size_t w = 0; w < words.size(); ++w) {
          if (token.starts_with(words[w].text)) {
            found[w][static_cast<std::size_t>(field)] += 1;
            direct[w] = direct[w] || in_scope(words[w].scope, field);
          } else if (token.starts_with(query.stem_starts[w]) && text::stem(token) == query.stems[w]) {
            found[w][static_cast<std::size_t>(field)] += k_stem_weight;
          }
        }
      });
      return tokens;
    };
    const std::uint32_t title_tokens = scan_field(store.title(id), Field::title, true);
    scan_field(store.venue_text(id), Field::venue, false);
    if (const auto abstract = store.abstract(id)) {
      scan_field(*abstract, Field::abstract, false);
    }
    const std::string_view name = store.name(id);
    const auto name_tokens = static_cast<std::uint32_t>(text::count_tokens(name));
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string& word = words[w].text;
      found[w][0] = !word.empty() && text::contains_folded(name, word) ? 1.0 : 0.0;
      direct[w] = direct[w] || (found[w][0] > 0 && in_scope(words[w].scope, Field::name));
    }
    const std::uint32_t length = title_tokens + name_tokens;
    part.counted_length.push_back(length);
    total += length;
    const bool is_allowed = allowed.empty() || allowed[id];
    for (std::size_t w = 0; w < words.size(); ++w) {
      FieldCounts within{};
      bool any = false;
      for (std::size_t f = 0; f < k_field_count; ++f) {
        part.known[w] = part.known[w] || found[w][f] > 0;
        if (in_scope(words[w].scope, static_cast<Field>(f))) {
          within[f] = found[w][f];
          any = any || found[w][f] > 0;
        }
      }
      if (any && is_allowed) {
        part.hits[w].push_back(WordHit{id, within, direct[w]});
      }
    }
  }
  result = std::move(part);
  total_length = total;
}

}  // namespace

WordScan scan_words(const Store& store, const std::vector<SearchWord>& words,
                    const std::vector<bool>& allowed) {
  const bool large = store.size() >= k_parallel_scan_from && std::thread::hardware_concurrency() >= 2;
  return scan_words(store, words, allowed, large ? 2 : 1);
}

WordScan scan_words(const Store& store, const std::vector<SearchWord>& words,
                    const std::vector<bool>& allowed, std::size_t runs) {
  if (const WordIndex* index = store.word_index(); index != nullptr && index->papers() == store.size()) {
    return indexed_scan(*index, words, allowed);
  }
  Words query{words, {}, {}, {}};
  for (const SearchWord& word : words) {
    query.stems.push_back(text::stem(word.text));
    query.stem_starts.push_back(
        query.stems.back().substr(0, std::max<std::size_t>(query.stems.back().size(), 2) - 1));
    query.has_stem_start.push_back(word.text.starts_with(query.stem_starts.back()));
  }
  const auto count = static_cast<DocId>(store.size());
  runs = std::clamp<std::size_t>(runs, 1, std::max<std::size_t>(count, 1));
  // Each run of papers scanned on a thread of its own (the first on this
  // one), and the runs' results put together in order.
  std::vector<WordScan> parts(runs);
  std::vector<std::uint64_t> lengths(runs, 0);
  {
    const auto bound = [&](std::size_t run) { return static_cast<DocId>(count * run / runs); };
    std::vector<std::jthread> threads;
    for (std::size_t run = 1; run < runs; ++run) {
      threads.emplace_back([&, run] {
        scan_range(store, query, allowed, bound(run), bound(run + 1), parts[run], lengths[run]);
      });
    }
    scan_range(store, query, allowed, 0, bound(1), parts[0], lengths[0]);
  }
  WordScan scan = std::move(parts[0]);
  std::uint64_t total_length = lengths[0];
  for (std::size_t run = 1; run < runs; ++run) {
    const WordScan& part = parts[run];
    for (std::size_t w = 0; w < words.size(); ++w) {
      scan.hits[w].insert(scan.hits[w].end(), part.hits[w].begin(), part.hits[w].end());
      scan.known[w] = scan.known[w] || part.known[w];
    }
    scan.counted_length.insert(scan.counted_length.end(), part.counted_length.begin(),
                               part.counted_length.end());
    total_length += lengths[run];
  }
  if (count > 0) {
    scan.average_length = std::max(1.0, static_cast<double>(total_length) / count);
  }
  return scan;
}

}  // namespace mllmseg
