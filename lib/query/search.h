#pragma once
// Search: query words ranked by BM25 over name, title, venue and abstract,
// with field terms (title:, name:, author:, venue:, year:, listed:, task:, code:) and
// an RE2 alternative.
//
// A word matches a field word that starts with it ("segment" matches
// "Segmentation") or, at half the weight, one that shares its Snowball stem
// ("reinforcement" matches "Reinforcing"; util/stem.h).
//
// Score of a paper: the sum over query words w of
//   idf(w) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avglen))
// where tf = 3 * (name contains w) + (title words matching w)
//          + 0.5 * (venue words matching w)
//          + 0.2 * (abstract words matching w),
// a word matching by stem alone counting 0.5, idf(w) = ln(1 + (N - df + 0.5)
// / (df + 0.5)), k1 = 1.2, b = 0.75, and len the number of words in name and
// title. Papers are ordered by how many query words they match, then by how
// many of those they match as written or as a prefix (not by stem alone),
// then by how many match in the name, then by score, then by list order.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/filter.h"
#include "query/identifier.h"
#include "query/text_index.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

enum class Scope : std::uint8_t { any, name, title };

struct SearchWord {
  std::string text;  // lowercase, alphanumeric
  Scope scope = Scope::any;
};

struct SearchQuery {
  std::vector<SearchWord> words;
  std::vector<Identifier> ids;  // arXiv ids, DOIs and links in the query, never split into words
  Filter filter;                // from author:, venue:, year:, listed:, task:, code: terms
};

// Longest query, all its arguments together: far beyond what anyone types,
// short enough that a pasted file gets a clear error.
inline constexpr std::size_t k_max_query_bytes = 4096;

// Splits the query arguments into words and field terms.
Result<SearchQuery> parse_search_query(const std::vector<std::string>& args, const Store& store);

struct SearchHit {
  DocId doc = 0;
  std::uint32_t matched = 0;         // query words the paper matches
  std::uint32_t direct_matched = 0;  // of those, matched as written or as a prefix, not by stem alone
  std::uint32_t name_matched = 0;    // of those, matched in the name
  double score = 0.0;
};

// A query word that matched nothing, replaced by the nearest indexed word.
struct Correction {
  std::string from;
  std::string to;
};

struct SearchResult {
  std::vector<SearchHit> hits;
  std::vector<Correction> corrections;
  std::vector<std::string>
      unmatched;                    // words that matched nothing and have no near neighbour (or are numbers)
  std::vector<Identifier> unknown;  // identifiers no paper has
};

// Ranks the papers among candidates (every paper when nullopt) that match at
// least one word.
SearchResult search(const Store& store, std::vector<SearchWord> words,
                    const std::optional<Postings>& candidates);

// The papers among candidates that the query's identifiers name, in the
// order named, then those its words match, ranked as above.
SearchResult search(const Store& store, const SearchQuery& query, const std::optional<Postings>& candidates);

}  // namespace mllmseg
