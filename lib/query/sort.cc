#include "query/sort.h"

#include <fmt/format.h>
#include <algorithm>
#include <tuple>

#include "catalog/venue.h"
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

namespace {

// The month of date (YYYY-MM-DD) when it falls in year, else 0.
int month_in(const std::optional<std::string>& date, int year) {
  if (!date || date->size() < 7 || !date->starts_with(std::to_string(year))) {
    return 0;
  }
  return std::stoi(date->substr(5, 2));
}

// The month a paper's venue dates it to: arXiv's YYMM, else the month the
// conference usually meets, else the month a journal published it or its
// first arXiv version appeared when that fell in the venue's year, else 0
// (the year's start).
int best_month(const Paper& p, std::string_view series) {
  if (p.month) {
    return *p.month;
  }
  if (const int usual = venue_info(series).month; usual > 0) {
    return usual;
  }
  if (const int published = month_in(p.published, p.year); published > 0) {
    return published;
  }
  return month_in(p.submitted, p.year);
}

// Sorts ids by a key computed once per paper, keeping ties in their order.
template <typename Key>
void sort_by(std::vector<DocId>& ids, Key (*key_of)(const Store&, DocId), const Store& store) {
  std::vector<std::pair<Key, DocId>> keyed;
  keyed.reserve(ids.size());
  for (DocId id : ids) {
    keyed.emplace_back(key_of(store, id), id);
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ids[i] = keyed[i].second;
  }
}

using DateKey = std::tuple<int, int, std::string>;

// Year, month (best_month) and, to order papers of one month, the first
// arXiv version's day (papers without one last).
DateKey date_key(const Store& store, DocId id) {
  Paper p = store.paper(id);
  return {p.year, best_month(p, store.series_of(id)), p.submitted.value_or("~")};
}

using VenueKey = std::tuple<std::string, int, int>;

VenueKey venue_key(const Store& store, DocId id) {
  const Paper p = store.paper(id);
  return {text::to_lower(store.series_of(id)), p.year, p.month.value_or(0)};
}

std::string name_key(const Store& store, DocId id) { return text::to_lower(store.name(id)); }

// Papers without a date go last, as if listed after every dated one.
std::string listed_key(const Store& store, DocId id) { return store.paper(id).listed.value_or("9999-99-99"); }

}  // namespace

void sort_ids(const Store& store, std::vector<DocId>& ids, SortKey key, bool reverse) {
  switch (key) {
    case SortKey::list:
      std::sort(ids.begin(), ids.end());
      break;
    case SortKey::year:
      sort_by(ids, &date_key, store);
      break;
    case SortKey::venue:
      sort_by(ids, &venue_key, store);
      break;
    case SortKey::name:
      sort_by(ids, &name_key, store);
      break;
    case SortKey::listed:
      sort_by(ids, &listed_key, store);
      break;
    case SortKey::relevance:
      break;
  }
  if (reverse) {
    std::reverse(ids.begin(), ids.end());
  }
}

}  // namespace mllmseg
