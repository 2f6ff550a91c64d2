#include "query/related.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "catalog/person.h"
#include "util/stem.h"
#include "util/text.h"

namespace mllmseg {

namespace {

constexpr double k_abstract_weight = 0.25;
constexpr double k_task_weight = 0.5;
constexpr double k_name_weight = 2.0;
constexpr std::size_t k_min_name_length = 3;

// Words that say nothing of what a paper is about, sorted.
constexpr std::string_view k_stop_words[] = {
    "about",  "across",  "after", "all",  "also",  "among", "an",   "and",    "any",     "are",     "as",
    "at",     "be",      "been",  "both", "but",   "by",    "can",  "do",     "does",    "each",    "for",
    "from",   "has",     "have",  "how",  "in",    "into",  "is",   "it",     "its",     "more",    "most",
    "no",     "not",     "of",    "on",   "or",    "other", "our",  "over",   "such",    "than",    "that",
    "the",    "their",   "them",  "then", "there", "these", "they", "this",   "those",   "through", "to",
    "toward", "towards", "under", "upon", "us",    "via",   "was",  "we",     "were",    "what",    "when",
    "where",  "which",   "while", "who",  "why",   "will",  "with", "within", "without", "you",     "your"};
static_assert(std::is_sorted(std::begin(k_stop_words), std::end(k_stop_words)));

bool is_compared(std::string_view token) {
  return token.size() > 1 && !std::binary_search(std::begin(k_stop_words), std::end(k_stop_words), token);
}

double idf(double n, double df) { return std::log(1.0 + (n - df + 0.5) / (df + 0.5)); }

// A word of the given paper.
struct Word {
  std::string stem;
  std::string form;  // as the paper first writes it
  double weight;     // 1 in the title, k_abstract_weight in the abstract only
  std::size_t df = 0;
};

// Papers' words matched to the given paper's, each distinct token stemmed
// once (titles and abstracts repeat their words) and then found in an
// open-addressing table: this runs for every word of the catalog.
class WordMatcher {
 public:
  explicit WordMatcher(const std::vector<Word>& words) : m_slots(1024) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      m_index.emplace(words[i].stem, static_cast<int>(i));
    }
  }

  // The given paper's word the token stems to, or -1.
  int operator()(std::string_view token) {
    const std::size_t hash = std::hash<std::string_view>{}(token);
    std::size_t at = hash & (m_slots.size() - 1);
    while (m_slots[at].size != 0) {
      const Slot& slot = m_slots[at];
      if (slot.hash == hash && std::string_view(m_text).substr(slot.offset, slot.size) == token) {
        return slot.word;
      }
      at = (at + 1) & (m_slots.size() - 1);
    }
    int word = -1;
    if (is_compared(token)) {
      const auto found = m_index.find(text::stem(token));
      word = found == m_index.end() ? -1 : found->second;
    }
    m_slots[at] = {hash, m_text.size(), token.size(), word};
    m_text += token;
    if (++m_used * 2 > m_slots.size()) {
      grow();
    }
    return word;
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::size_t offset = 0;
    std::size_t size = 0;  // 0: empty (tokens are never empty)
    int word = -1;
  };

  void grow() {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot& slot : old) {
      if (slot.size != 0) {
        std::size_t at = slot.hash & (m_slots.size() - 1);
        while (m_slots[at].size != 0) {
          at = (at + 1) & (m_slots.size() - 1);
        }
        m_slots[at] = slot;
      }
    }
  }

  std::unordered_map<std::string, int> m_index;  // stem -> word
  std::vector<Slot> m_slots;                     // token -> word or -1
  std::string m_text;                            // the tokens, one after another
  std::size_t m_used = 0;
};

std::vector<Word> words_of(const Store& store, DocId id) {
  std::vector<Word> words;
  std::unordered_map<std::string, std::size_t> seen;
  std::string lowered;
  const auto add = [&](std::string_view text, double weight) {
    text::visit_tokens(text, lowered, [&](std::string_view token) {
      if (!is_compared(token)) {
        return;
      }
      std::string stem = text::stem(token);
      if (seen.emplace(stem, words.size()).second) {
        words.push_back({std::move(stem), std::string(token), weight});
      }
    });
  };
  add(store.title(id), 1.0);
  if (const auto abstract = store.abstract(id)) {
    add(*abstract, k_abstract_weight);
  }
  return words;
}

// A shared word of a paper: which word, and whether the paper has it in its
// title (bit 1) or abstract (bit 2).
struct Match {
  DocId doc;
  std::uint32_t word;
  std::uint8_t where;
};

double match_weight(std::uint8_t where) { return (where & 1) != 0 ? 1.0 : k_abstract_weight; }

// A name's letters and digits, folded.
std::string name_key(std::string_view name) {
  std::string key;
  for (char c : fold(name)) {
    if (text::is_token_byte(c)) {
      key += c;
    }
  }
  return key;
}

NameLink name_link(std::string_view of_name, const std::string& of_key, std::string_view name,
                   const std::string& key) {
  if (of_key.empty() || key.empty()) {
    return NameLink::none;
  }
  if (of_key == key) {
    const std::size_t a = text::display_width(text::trim(of_name));
    const std::size_t b = text::display_width(text::trim(name));
    return a == b ? NameLink::same : b > a ? NameLink::contains : NameLink::contained;
  }
  if (of_key.size() >= k_min_name_length && key.find(of_key) != std::string::npos) {
    return NameLink::contains;
  }
  if (key.size() >= k_min_name_length && of_key.find(key) != std::string::npos) {
    return NameLink::contained;
  }
  return NameLink::none;
}

// The given paper's authors, each once, with the papers that list them.
struct SharedAuthor {
  std::string name;  // as the given paper writes it
  Postings papers;   // every paper listing the author, the given one too
};

std::vector<SharedAuthor> shared_authors(const Store& store, const Paper& of) {
  std::vector<SharedAuthor> out;
  std::unordered_map<std::string, std::size_t> by_key;  // folded name -> author
  for (const auto& author : of.authors) {
    const std::vector<std::string> words = name_words(author);
    if (!words.empty() && by_key.emplace(text::join(words, " "), out.size()).second) {
      out.push_back({author, {}});
    }
  }
  if (out.empty()) {
    return out;
  }
  // Names as papers write them -> author, or -1: the same names recur.
  std::unordered_map<std::string, int> seen;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper& p = store.paper(id);
    for (const auto& name : p.authors) {
      auto [at, inserted] = seen.try_emplace(name, -1);
      if (inserted) {
        const auto found = by_key.find(text::join(name_words(name), " "));
        at->second = found == by_key.end() ? -1 : static_cast<int>(found->second);
      }
      if (at->second < 0) {
        continue;
      }
      Postings& papers = out[static_cast<std::size_t>(at->second)].papers;
      if (papers.empty() || papers.back() != id) {
        papers.push_back(id);
      }
    }
  }
  return out;
}

// The given paper's words, and where the allowed papers share them.
struct WordMatches {
  std::vector<Word> words;
  std::vector<Match> matches;  // by paper, then by word
};

// One pass over every paper: each word's df, and the allowed papers' matches.
WordMatches match_words(const Store& store, DocId of, const std::vector<bool>& allowed) {
  WordMatches out{words_of(store, of), {}};
  if (out.words.empty()) {
    return out;
  }
  WordMatcher matcher(out.words);
  std::vector<std::uint8_t> where(out.words.size(), 0);
  std::vector<std::uint32_t> touched;
  std::string lowered;
  const auto scan = [&](std::string_view text, std::uint8_t bit) {
    text::visit_tokens(text, lowered, [&](std::string_view token) {
      const int found = matcher(token);
      if (found < 0) {
        return;
      }
      const auto w = static_cast<std::uint32_t>(found);
      if (where[w] == 0) {
        touched.push_back(w);
      }
      where[w] |= bit;
    });
  };
  for (DocId id = 0; id < store.size(); ++id) {
    scan(store.title(id), 1);
    if (const auto abstract = store.abstract(id)) {
      scan(*abstract, 2);
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t w : touched) {
      out.words[w].df += 1;
      if (allowed[id]) {
        out.matches.push_back({id, w, where[w]});
      }
      where[w] = 0;
    }
    touched.clear();
  }
  return out;
}

double word_score(const Word& word, const Match& match, double n) {
  return idf(n, static_cast<double>(word.df)) * word.weight * match_weight(match.where);
}

// The shared words of paper id, the ones adding most first.
std::vector<std::string> shared_words(const WordMatches& words, DocId id, double n) {
  const auto [first, last] = std::equal_range(words.matches.begin(), words.matches.end(), Match{id, 0, 0},
                                              [](const Match& a, const Match& b) { return a.doc < b.doc; });
  std::vector<std::pair<double, std::uint32_t>> shared;  // score, word
  for (auto m = first; m != last; ++m) {
    shared.emplace_back(word_score(words.words[m->word], *m, n), m->word);
  }
  std::stable_sort(shared.begin(), shared.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (const auto& entry : shared) {
    out.push_back(words.words[entry.second].form);
  }
  return out;
}

}  // namespace

std::vector<std::string> related_words(std::string_view text) {
  std::vector<std::string> out;
  std::string lowered;
  text::visit_tokens(text, lowered, [&](std::string_view token) {
    if (is_compared(token)) {
      out.emplace_back(token);
    }
  });
  return out;
}

std::vector<RelatedPaper> related(const Store& store, DocId of, const std::optional<Postings>& candidates,
                                  std::size_t limit) {
  const auto count = static_cast<DocId>(store.size());
  const double n = static_cast<double>(count);
  std::vector<bool> allowed(count, !candidates);
  if (candidates) {
    for (DocId id : *candidates) {
      allowed[id] = true;
    }
  }
  allowed[of] = false;
  std::vector<double> score(count, 0.0);

  const WordMatches words = match_words(store, of, allowed);
  for (const Match& m : words.matches) {
    score[m.doc] += word_score(words.words[m.word], m, n);
  }

  const Paper of_paper = store.paper(of);
  const std::vector<SharedAuthor> authors = shared_authors(store, of_paper);
  for (const SharedAuthor& author : authors) {
    const double weight = idf(n, static_cast<double>(author.papers.size()));
    for (DocId id : author.papers) {
      score[id] += allowed[id] ? weight : 0.0;
    }
  }

  for (Task t : k_all_tasks) {
    if (has_task(of_paper.tasks, t)) {
      const Postings& papers = store.with_task(t);
      const double weight = k_task_weight * idf(n, static_cast<double>(papers.size()));
      for (DocId id : papers) {
        score[id] += allowed[id] ? weight : 0.0;
      }
    }
  }

  const std::string of_key = name_key(of_paper.name);
  const double name_weight = k_name_weight * idf(n, 2.0);
  std::vector<NameLink> links(count, NameLink::none);
  for (DocId id = 0; id < count; ++id) {
    if (allowed[id]) {
      links[id] = name_link(of_paper.name, of_key, store.name(id), name_key(store.name(id)));
      score[id] += links[id] == NameLink::none ? 0.0 : name_weight;
    }
  }

  std::vector<DocId> ranked;
  for (DocId id = 0; id < count; ++id) {
    if (allowed[id] && score[id] > 0.0) {
      ranked.push_back(id);
    }
  }
  const auto better = [&](DocId a, DocId b) { return score[a] != score[b] ? score[a] > score[b] : a < b; };
  const std::size_t kept = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end(), better);
  ranked.resize(kept);

  std::vector<RelatedPaper> out;
  out.reserve(ranked.size());
  for (DocId id : ranked) {
    RelatedPaper r{id, score[id], {}};
    r.reasons.words = shared_words(words, id, n);
    for (const SharedAuthor& author : authors) {
      if (std::binary_search(author.papers.begin(), author.papers.end(), id)) {
        r.reasons.authors.push_back(author.name);
      }
    }
    for (Task t : k_all_tasks) {
      const Postings& papers = store.with_task(t);
      if (has_task(of_paper.tasks, t) && std::binary_search(papers.begin(), papers.end(), id)) {
        r.reasons.tasks |= task_bit(t);
      }
    }
    r.reasons.name = links[id];
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace mllmseg
