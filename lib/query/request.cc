#include "query/request.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <iterator>

#include "query/lookup.h"
#include "query/regex.h"
#include "util/stem.h"

namespace mllmseg {

namespace {

// The words search looked for, corrected as it corrected them, for the
// columns their scope covers; in titles also their stems, which the other
// forms of a word start with ("reinforc" in "Reinforcing").
MatchWords highlight_words(const std::vector<SearchWord>& words, const std::vector<Correction>& corrections) {
  MatchWords highlight;
  for (const SearchWord& w : words) {
    std::string word = w.text;
    for (const Correction& c : corrections) {
      word = word == c.from ? c.to : word;
    }
    if (w.scope != Scope::title) {
      highlight.name_words.push_back(word);
    }
    if (w.scope != Scope::name) {
      std::string stem = text::stem(word);
      highlight.title_words.push_back(std::move(word));
      if (stem.size() < highlight.title_words.back().size()) {
        highlight.title_words.push_back(std::move(stem));
      }
    }
  }
  return highlight;
}

// The papers that pass the filter, the query's field terms and the pattern;
// nullopt when nothing narrows them, which search takes as every paper.
Result<std::optional<Postings>> candidates_of(const Store& store, const Request& request,
                                              const SearchQuery& query) {
  std::optional<Postings> candidates;
  if (!request.filter.empty()) {
    candidates = select(store, request.filter).take();
  }
  if (!query.filter.empty()) {
    Postings from_terms = select(store, query.filter).take();
    candidates = candidates ? intersect(*candidates, from_terms) : std::move(from_terms);
  }
  if (!request.regex.empty()) {
    auto matched = regex_select(store, request.regex, candidates);
    if (!matched) {
      return Error{fmt::format("--regex: {}", matched.error())};
    }
    candidates = std::move(*matched);
  }
  return candidates;
}

// The papers named, in the order named, that are among candidates.
std::vector<DocId> named_among(const std::vector<DocId>& named, const std::optional<Postings>& candidates,
                               std::size_t paper_count) {
  if (!candidates) {
    return named;
  }
  std::vector<bool> selected(paper_count);
  for (DocId id : *candidates) {
    selected[id] = true;
  }
  std::vector<DocId> ids;
  std::copy_if(named.begin(), named.end(), std::back_inserter(ids), [&](DocId id) { return selected[id]; });
  return ids;
}

}  // namespace

Result<std::size_t> parse_limit(std::string_view value) {
  std::size_t limit = 0;
  const char* end = value.data() + value.size();
  const auto parsed = std::from_chars(value.data(), end, limit);
  if (parsed.ec != std::errc() || parsed.ptr != end || limit == 0) {
    return Error{fmt::format("expected a whole number above 0, found '{}'", value)};
  }
  return limit;
}

Result<Answer> run(const Store& store, const Request& request) {
  SearchQuery query;
  if (request.words) {
    auto parsed = parse_search_query(*request.words, store);
    if (!parsed) {
      return Error{parsed.error()};
    }
    query = std::move(*parsed);
    if (query.words.empty() && query.ids.empty() && query.filter.empty() && request.regex.empty() &&
        request.filter.empty()) {
      return Error{"search needs words to look for, field terms (author:jia, year:2025) or --regex PATTERN"};
    }
  }
  auto candidates = candidates_of(store, request, query);
  if (!candidates) {
    return Error{candidates.error()};
  }

  Answer answer;
  const Filter both[] = {request.filter, query.filter};
  answer.unchecked = unchecked(store, both);
  if (!request.names.empty()) {
    NamedPapers named = find_papers_reading_stdin(store, request.names, request.stdin_is_catalog);
    if (!named.errors.empty()) {
      answer.name_errors = std::move(named.errors);
      return answer;
    }
    answer.ids = named_among(named.ids, *candidates, store.size());
  } else if (query.words.empty() && query.ids.empty()) {
    answer.ids = *candidates ? std::move(**candidates) : store.all();
  } else {
    SearchResult result = search(store, query, *candidates);
    for (const SearchHit& hit : result.hits) {
      answer.ids.push_back(hit.doc);
    }
    answer.highlight = highlight_words(query.words, result.corrections);
    answer.unknown = std::move(result.unknown);
    answer.corrections = std::move(result.corrections);
    answer.unmatched = std::move(result.unmatched);
  }
  // Without a sort key the ids stay as found: relevance keeps the order.
  sort_ids(store, answer.ids, request.sort.value_or(SortKey::relevance), request.reverse);
  if (request.limit && answer.ids.size() > *request.limit) {
    answer.ids.resize(*request.limit);
  }
  return answer;
}

}  // namespace mllmseg
