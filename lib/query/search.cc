#include "query/search.h"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <limits>

#include "catalog/venue.h"
#include "query/word_scan.h"
#include "util/text.h"

namespace mllmseg {

namespace {

constexpr double k_k1 = 1.2;
constexpr double k_b = 0.75;
constexpr double k_field_weight[k_field_count] = {3.0, 1.0, 0.5, 0.2};  // name, title, venue, abstract

constexpr std::string_view k_fields[] = {"title", "name",   "author", "venue",
                                         "year",  "listed", "task",   "code"};

// A word that names a venue and its year, as people type them ("cvpr25",
// "NeurIPS'24", "iclr2025"), is a venue term: the words alone would find the
// series in any year.
std::optional<VenueFilter> venue_word(std::string_view word, const Store& store) {
  const auto parts = parse_venue(word);
  if (!parts || !parts->year) {
    return std::nullopt;
  }
  auto venue = parse_venue_filter(word, store);
  return venue ? std::optional<VenueFilter>(std::move(*venue)) : std::nullopt;
}

Status add_term(std::string_view field, std::string_view value, const Store& store, SearchQuery& query) {
  const auto fail = [&](const std::string& why) {
    return Error{fmt::format("in query term '{}:{}': {}", field, value, why)};
  };
  if (value.empty()) {
    return Error{fmt::format("query term '{}:' has no value", field)};
  }
  if (field == "title" || field == "name") {
    for (auto& token : text::tokenize(value)) {
      query.words.push_back({std::move(token), field == "title" ? Scope::title : Scope::name});
    }
  } else if (field == "author") {
    auto words = parse_author_filter(value);
    if (!words) {
      return fail(words.error());
    }
    query.filter.authors.push_back(std::move(*words));
  } else if (field == "venue") {
    auto venue = parse_venue_filter(value, store);
    if (!venue) {
      return fail(venue.error());
    }
    query.filter.venues.push_back(std::move(*venue));
  } else if (field == "year") {
    auto range = parse_year_range(value);
    if (!range) {
      return fail(range.error());
    }
    query.filter.years.push_back(*range);
  } else if (field == "listed") {
    auto range = date::parse_range(value);
    if (!range) {
      return fail(range.error());
    }
    query.filter.listed.push_back(std::move(*range));
  } else if (field == "task") {
    auto tasks = parse_task_filter(value);
    if (!tasks) {
      return fail(tasks.error());
    }
    query.filter.tasks |= *tasks;
  } else {
    auto code = parse_yes_no(value);
    if (!code) {
      return fail(code.error());
    }
    if (query.filter.has_code && *query.filter.has_code != *code) {
      return Error{"query asks for papers both with and without code"};
    }
    query.filter.has_code = *code;
  }
  return Ok{};
}

}  // namespace

Result<SearchQuery> parse_search_query(const std::vector<std::string>& args, const Store& store) {
  std::size_t bytes = 0;
  for (const auto& arg : args) {
    bytes += arg.size();
  }
  if (bytes > k_max_query_bytes) {
    return Error{fmt::format("query is {} bytes long; the limit is {}", bytes, k_max_query_bytes)};
  }
  SearchQuery query;
  for (const auto& arg : args) {
    std::string_view rest = arg;
    while (!rest.empty()) {
      const auto space = rest.find_first_of(" \t");
      std::string_view term = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
      if (term.empty()) {
        continue;
      }
      if (auto id = parse_identifier(term)) {
        query.ids.push_back(std::move(*id));
        continue;
      }
      const auto colon = term.find(':');
      const std::string field =
          colon == std::string_view::npos ? std::string{} : text::to_lower(term.substr(0, colon));
      const bool is_field_term =
          !field.empty() && field.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
      if (auto venue = is_field_term ? std::nullopt : venue_word(term, store)) {
        query.filter.venues.push_back(std::move(*venue));
        continue;
      }
      if (!is_field_term) {
        for (auto& token : text::tokenize(term)) {
          query.words.push_back({std::move(token), Scope::any});
        }
        continue;
      }
      if (std::find(std::begin(k_fields), std::end(k_fields), field) == std::end(k_fields)) {
        std::string message = fmt::format("unknown field '{}' in query term '{}'", field, term);
        std::vector<std::string> known(std::begin(k_fields), std::end(k_fields));
        if (auto guess = text::closest(field, known)) {
          message += fmt::format("; did you mean '{}:'?", *guess);
        } else {
          message += " (known: title, name, author, venue, year, listed, task, code)";
        }
        return Error{message};
      }
      if (auto status = add_term(field, term.substr(colon + 1), store, query); !status) {
        return Error{status.error()};
      }
    }
  }
  return query;
}

SearchResult search(const Store& store, std::vector<SearchWord> words,
                    const std::optional<Postings>& candidates) {
  SearchResult result;
  std::vector<bool> allowed;
  if (candidates) {
    allowed.assign(store.size(), false);
    for (DocId id : *candidates) {
      allowed[id] = true;
    }
  }
  WordScan scan = scan_words(store, words, allowed);
  // A word the catalog has, kept out only by scope or filters, is no typo;
  // any other word that matches nothing is replaced by the nearest known one.
  // A number is never corrected: 2024 is no typo for 2025.
  std::vector<std::string> vocabulary;  // filled on the first miss only
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!scan.hits[w].empty() || scan.known[w]) {
      continue;
    }
    const std::string& word = words[w].text;
    const bool number = word.find_first_not_of("0123456789") == std::string::npos;
    if (!number && vocabulary.empty()) {
      vocabulary = TextIndex(store).vocabulary();
    }
    auto nearest = number ? std::nullopt : text::closest(word, vocabulary);
    if (!nearest) {
      result.unmatched.push_back(word);
      continue;
    }
    result.corrections.push_back({word, *nearest});
    words[w].text = *nearest;
    scan.hits[w] = std::move(scan_words(store, {words[w]}, allowed).hits[0]);
  }

  // Each word's hits are in paper order: merged into one hit a paper, and
  // given back before the hits are sorted (a common word matches a fifth of
  // a large catalog).
  const double n = static_cast<double>(store.size());
  std::vector<double> idf;
  std::size_t most = 0;
  for (const auto& word_hits : scan.hits) {
    const double df = static_cast<double>(word_hits.size());
    idf.push_back(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
    most = std::max(most, word_hits.size());
  }
  result.hits.reserve(scan.hits.size() == 1 ? most : 0);
  std::vector<std::size_t> at(scan.hits.size(), 0);
  constexpr DocId k_none = std::numeric_limits<DocId>::max();
  const std::span<const std::uint32_t> lengths = scan.length();
  for (;;) {
    DocId doc = k_none;
    for (std::size_t w = 0; w < scan.hits.size(); ++w) {
      if (at[w] < scan.hits[w].size()) {
        doc = std::min(doc, scan.hits[w][at[w]].doc);
      }
    }
    if (doc == k_none) {
      break;
    }
    SearchHit hit{doc, 0, 0, 0, 0.0};
    const double norm = 1.0 - k_b + k_b * lengths[doc] / scan.average_length;
    for (std::size_t w = 0; w < scan.hits.size(); ++w) {
      if (at[w] == scan.hits[w].size() || scan.hits[w][at[w]].doc != doc) {
        continue;
      }
      const auto& [_, c, direct] = scan.hits[w][at[w]++];
      const bool in_name = c[0] > 0;
      double tf = 0.0;
      for (std::size_t f = 0; f < k_field_count; ++f) {
        tf += k_field_weight[f] * (f == 0 ? (in_name ? 1.0 : 0.0) : c[f]);
      }
      hit.matched += 1;
      hit.direct_matched += direct ? 1 : 0;
      hit.name_matched += in_name ? 1 : 0;
      hit.score += idf[w] * tf * (k_k1 + 1.0) / (tf + k_k1 * norm);
    }
    result.hits.push_back(hit);
  }
  scan.hits.clear();
  scan.hits.shrink_to_fit();
  std::sort(result.hits.begin(), result.hits.end(), [](const SearchHit& a, const SearchHit& b) {
    if (a.matched != b.matched) {
      return a.matched > b.matched;
    }
    if (a.direct_matched != b.direct_matched) {
      return a.direct_matched > b.direct_matched;
    }
    if (a.name_matched != b.name_matched) {
      return a.name_matched > b.name_matched;
    }
    if (a.score != b.score) {
      return a.score > b.score;
    }
    return a.doc < b.doc;
  });
  return result;
}

SearchResult search(const Store& store, const SearchQuery& query, const std::optional<Postings>& candidates) {
  if (query.ids.empty()) {
    return search(store, query.words, candidates);  // no per-paper flags for a query without identifiers
  }
  SearchResult named;
  std::vector<bool> listed(store.size(), false);
  for (const Identifier& id : query.ids) {
    const std::vector<DocId> found = find_all_by_identifier(store, id);
    if (found.empty()) {
      named.unknown.push_back(id);
    }
    for (DocId doc : found) {
      const bool allowed = !candidates || std::binary_search(candidates->begin(), candidates->end(), doc);
      if (allowed && !listed[doc]) {
        listed[doc] = true;
        named.hits.push_back(SearchHit{doc, 1, 1, 0, 0.0});
      }
    }
  }
  if (query.words.empty()) {
    return named;
  }
  SearchResult result = search(store, query.words, candidates);
  std::erase_if(result.hits, [&](const SearchHit& hit) { return listed[hit.doc]; });
  result.hits.insert(result.hits.begin(), named.hits.begin(), named.hits.end());
  result.unknown = std::move(named.unknown);
  return result;
}

}  // namespace mllmseg
