// Fuzz target: everything that parses what people type, against the
// embedded catalog. The input is split at line breaks into arguments; each
// goes through the --year, --venue, --task, --author and code: parsers and,
// as a pattern, through regex_select (RE2, bounded); all of them together
// through parse_search_query and, when that succeeds, through the filters
// and the ranked search. Each must give a value or an error, never throw,
// crash or run long, and what it gives must make sense.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/embedded.h"
#include "catalog/load.h"
#include "fuzz_check.h"
#include "query/filter.h"
#include "query/regex.h"
#include "query/search.h"
#include "query/text_index.h"

using namespace mllmseg;

namespace {

const Store& store() {
  static const Store s(parse_catalog(embedded::catalog_json(), embedded::k_origin).value());
  return s;
}

std::vector<std::string> split_lines(std::string_view bytes) {
  std::vector<std::string> args;
  while (!bytes.empty()) {
    const auto end = bytes.find('\n');
    args.emplace_back(bytes.substr(0, end));
    bytes = end == std::string_view::npos ? std::string_view{} : bytes.substr(end + 1);
  }
  return args;
}

bool sorted_ids(const Postings& ids) {
  return std::is_sorted(ids.begin(), ids.end()) && std::adjacent_find(ids.begin(), ids.end()) == ids.end() &&
         (ids.empty() || ids.back() < store().size());
}

void one_value(const std::string& arg) {
  if (auto years = parse_year_range(arg)) {
    fuzz::check(years->lo <= years->hi, "parse_year_range: lo after hi");
  } else {
    fuzz::check(!years.error().empty(), "parse_year_range: empty error");
  }
  if (auto venue = parse_venue_filter(arg, store())) {
    const auto& known = store().series_names();
    fuzz::check(std::find(known.begin(), known.end(), venue->series) != known.end(),
                "parse_venue_filter: a series the store does not have");
  }
  if (auto tasks = parse_task_filter(arg)) {
    fuzz::check(*tasks != 0 && *tasks < 8, "parse_task_filter: not a task set");
  }
  (void)parse_author_filter(arg);
  (void)parse_yes_no(arg);
  if (auto matched = regex_select(store(), arg, std::nullopt)) {
    fuzz::check(sorted_ids(*matched), "regex_select: ids not sorted, unique and in range");
  } else {
    fuzz::check(!matched.error().empty(), "regex_select: empty error");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::string> args = split_lines({reinterpret_cast<const char*>(data), size});
  for (const auto& arg : args) {
    one_value(arg);
  }
  auto query = parse_search_query(args, store());
  if (!query) {
    fuzz::check(!query.error().empty(), "parse_search_query: empty error");
    return 0;
  }
  std::optional<Postings> candidates;
  if (!query->filter.empty()) {
    candidates = select(store(), query->filter).take();
    fuzz::check(sorted_ids(*candidates), "select: ids not sorted, unique and in range");
  }
  const SearchResult result = search(store(), query->words, candidates);
  for (const auto& hit : result.hits) {
    fuzz::check(hit.doc < store().size() && hit.matched > 0 && hit.matched <= query->words.size(),
                "search: a hit out of range");
    fuzz::check(!candidates || std::binary_search(candidates->begin(), candidates->end(), hit.doc),
                "search: a hit the filters exclude");
  }
  return 0;
}
