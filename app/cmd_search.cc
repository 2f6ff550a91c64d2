#include "cmd_search.h"

#include <fmt/format.h>

#include "query/regex.h"
#include "query/search.h"
#include "results.h"
#include "util/stem.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// The words search looked for, corrected as it corrected them, for the
// columns their scope covers; in titles also their stems, which the other
// forms of a word start with ("reinforc" in "Reinforcing").
format::Highlight highlight_words(const std::vector<SearchWord>& words,
                                  const std::vector<Correction>& corrections) {
  format::Highlight highlight;
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

// " (for papers of 2024, use year:2024)" for a word that could be a year.
std::string year_hint(const std::string& word) {
  if (word.size() == 4 && word.find_first_not_of("0123456789") == std::string::npos &&
      (word.starts_with("19") || word.starts_with("20"))) {
    return fmt::format(" (for papers of {0}, use year:{0})", word);
  }
  return {};
}

}  // namespace

Outcome run_search(const SearchOptions& options, const Store& store, const Console& console) {
  auto query = parse_search_query(options.query, store);
  if (!query) {
    throw Failure(query.error());
  }
  const Filter flags = to_filter(options.filters, store);
  if (query->words.empty() && query->ids.empty() && options.regex.empty() && query->filter.empty() &&
      flags.empty()) {
    throw Failure("search needs words to look for, field terms (author:jia, year:2025) or --regex PATTERN");
  }
  std::optional<Postings> candidates;
  if (!flags.empty()) {
    candidates = select(store, flags).take();
  }
  if (!query->filter.empty()) {
    Postings from_terms = select(store, query->filter).take();
    candidates = candidates ? intersect(*candidates, from_terms) : std::move(from_terms);
  }
  if (!options.regex.empty()) {
    auto matched = regex_select(store, options.regex, candidates);
    if (!matched) {
      throw Failure(fmt::format("--regex: {}", matched.error()));
    }
    candidates = std::move(*matched);
  }

  Outcome outcome;
  const Filter both[] = {flags, query->filter};
  outcome.notes += unchecked_notes(store, both);
  std::vector<DocId> ids;
  ResultView view{
      json_output(options.json, "search", console), options.format, {}, options.count, options.table};
  if (query->words.empty() && query->ids.empty()) {
    ids = candidates ? *candidates : store.all();
  } else {
    SearchResult result = search(store, *query, candidates);
    for (const auto& id : result.unknown) {
      outcome.notes += fmt::format("mllmseg: note: no paper has {}\n", text::one_line(describe(id)));
    }
    for (const auto& c : result.corrections) {
      outcome.notes += fmt::format("mllmseg: note: nothing matches '{}'; searched for '{}' instead\n",
                                   text::one_line(c.from), text::one_line(c.to));
    }
    for (const auto& word : result.unmatched) {
      outcome.notes +=
          fmt::format("mllmseg: note: nothing matches '{}', and no word of the catalog is near it{}\n",
                      text::one_line(word), year_hint(word));
    }
    for (const auto& hit : result.hits) {
      ids.push_back(hit.doc);
    }
    view.highlight = highlight_words(query->words, result.corrections);
  }
  apply_order(options.order, SortKey::relevance, store, ids);
  outcome.out = render_results(store, ids, view, console);
  outcome.status = status_for(ids.size());
  return outcome;
}

}  // namespace mllmseg::app
