#pragma once
// A request for papers, as list, search, export, stats and pick ask it:
// filters, search words, a pattern, papers named, an order and a limit,
// answered in one call with the ids in order and what the notes and the
// highlight need.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/filter.h"
#include "query/identifier.h"
#include "query/match_words.h"
#include "query/search.h"
#include "query/sort.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

struct Request {
  Filter filter;  // from the flags (--task, --venue, ...)
  // A search's words as given: words, field terms and identifiers, which
  // run() parses; nullopt for a request that does not search.
  std::optional<std::vector<std::string>> words;
  std::string regex;  // search --regex; empty for none
  // Papers named (export KEY...), kept in the order given, each once, and
  // narrowed by the rest; "-" stands for the names on standard input, unless
  // stdin_is_catalog (--catalog -).
  std::vector<std::string> names;
  bool stdin_is_catalog = false;
  // nullopt: the order the papers are found in: by relevance for a search's
  // words, as given for names, else the list's.
  std::optional<SortKey> sort;
  bool reverse = false;
  std::optional<std::size_t> limit;  // nullopt: every paper
};

struct Answer {
  std::vector<DocId> ids;  // in order, at most the limit
  // What the notes say, as data:
  std::vector<Identifier> unknown;       // identifiers among the words that no paper has
  std::vector<Correction> corrections;   // words that matched nothing, and the word looked for instead
  std::vector<std::string> unmatched;    // words that matched nothing and have no word near them
  std::vector<std::string> name_errors;  // one per name that names no paper; then ids is empty
  Unchecked unchecked;                   // papers a condition could not look at (query/filter.h)
  MatchWords highlight;                  // the words looked for, corrected, with their stems in titles
};

// A limit, "3": a whole number above 0.
Result<std::size_t> parse_limit(std::string_view value);

// The papers that pass the filter, the search words' field terms and the
// pattern, and among them those the words match, ranked, or those named;
// then sorted and cut to the limit. An error for a query term or a pattern
// that is wrong (a pattern's error starts "--regex: ", as the app prints it),
// or for a search that asks for nothing at all.
Result<Answer> run(const Store& store, const Request& request);

}  // namespace mllmseg
