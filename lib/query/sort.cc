#include "query/sort.h"

#include <fmt/format.h>
#include <algorithm>
#include <tuple>

#include "util/text.h"

namespace mllmseg {

namespace {

constexpr std::pair<std::string_view, SortKey> k_keys[] = {
    {"list", SortKey::list}, {"year", SortKey::year},     {"venue", SortKey::venue},
    {"name", SortKey::name}, {"listed", SortKey::listed}, {"relevance", SortKey::relevance}};
constexpr std::string_view k_names[] = {"list", "year", "venue", "name", "listed", "relevance"};

}  // namespace

std::span<const std::string_view> sort_key_names() { return k_names; }

Result<SortKey> parse_sort_key(std::string_view value) {
  const std::string wanted = text::to_lower(value);
  for (const auto& [name, key] : k_keys) {
    if (name == wanted) {
      return key;
    }
  }
  std::string message = fmt::format("unknown sort key '{}'", value);
  const std::vector<std::string> names(std::begin(k_names), std::end(k_names));
  if (auto guess = text::closest(wanted, names)) {
    message += fmt::format("; did you mean '{}'?", *guess);
  } else {
    message +=
        fmt::format(" (expected {} or {})",
                    text::join(std::vector<std::string>(names.begin(), names.end() - 1), ", "), names.back());
  }
  return Error{message};
}

void sort_ids(const Store& store, std::vector<DocId>& ids, SortKey key, bool reverse) {
  const auto by = [&](auto project) {
    std::stable_sort(ids.begin(), ids.end(), [&](DocId a, DocId b) { return project(a) < project(b); });
  };
  switch (key) {
    case SortKey::list:
      std::sort(ids.begin(), ids.end());
      break;
    case SortKey::year:
      by([&](DocId id) { return std::pair(store.paper(id).year, store.paper(id).month.value_or(0)); });
      break;
    case SortKey::venue:
      by([&](DocId id) {
        const Paper& p = store.paper(id);
        return std::tuple(text::to_lower(store.series_of(id)), p.year, p.month.value_or(0));
      });
      break;
    case SortKey::name:
      by([&](DocId id) { return text::to_lower(store.paper(id).name); });
      break;
    case SortKey::listed:
      // Papers without a date go last, as if listed after every dated one.
      by([&](DocId id) { return store.paper(id).listed.value_or("9999-99-99"); });
      break;
    case SortKey::relevance:
      break;
  }
  if (reverse) {
    std::reverse(ids.begin(), ids.end());
  }
}

}  // namespace mllmseg
