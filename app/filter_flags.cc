#include "filter_flags.h"

#include <fmt/format.h>
#include <charconv>

#include "catalog/venue.h"
#include "context.h"
#include "format/stats.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

template <typename T>
T value_or_fail(Result<T> result, std::string_view flag) {
  if (!result) {
    throw Failure(fmt::format("{}: {}", flag, result.error()));
  }
  return std::move(*result);
}

}  // namespace

Filter to_filter(const FilterFlags& flags, const Store& store) {
  Filter filter;
  for (const auto& task : flags.tasks) {
    filter.tasks |= value_or_fail(parse_task_filter(task), "--task");
  }
  for (const auto& venue : flags.venues) {
    filter.venues.push_back(value_or_fail(parse_venue_filter(venue, store), "--venue"));
  }
  for (const auto& year : flags.years) {
    filter.years.push_back(value_or_fail(parse_year_range(year), "--year"));
  }
  for (const auto& author : flags.authors) {
    filter.authors.push_back(value_or_fail(parse_author_filter(author), "--author"));
  }
  for (const auto& listed : flags.listed) {
    filter.listed.push_back(value_or_fail(date::parse_range(listed), "--listed"));
  }
  if (flags.has_code || flags.no_code) {
    filter.has_code = flags.has_code;
  }
  return filter;
}

std::string unchecked_notes(const Store& store, std::span<const Filter> filters) {
  const Unchecked missed = unchecked(store, filters);
  std::string notes;
  if (missed.without_authors > 0) {
    notes += fmt::format("mllmseg: note: {}\n", format::without_authors_note(missed.without_authors));
  }
  for (const std::string& name : missed.given_names) {
    notes += fmt::format(
        "mllmseg: note: no author has the family name '{0}'; '{0}*' also matches given names\n", name);
  }
  for (const std::string& series : missed.absent_venues) {
    const VenueInfo venue = venue_info(series);
    notes +=
        venue.kind == VenueKind::conference
            ? fmt::format("mllmseg: note: the catalog has no paper at {}\n", venue.full_name)
            : fmt::format("mllmseg: note: the catalog has no paper in {} ({})\n", series, venue.full_name);
  }
  if (missed.without_listed > 0) {
    notes += fmt::format("mllmseg: note: {}\n", format::without_listed_note(missed.without_listed));
  }
  return notes;
}

void apply_order(const OrderFlags& flags, SortKey default_key, const Store& store, std::vector<DocId>& ids) {
  const SortKey key = flags.sort.empty() ? default_key : value_or_fail(parse_sort_key(flags.sort), "--sort");
  sort_ids(store, ids, key, flags.reverse);
  if (flags.limit.empty()) {
    return;
  }
  std::size_t limit = 0;
  const char* end = flags.limit.data() + flags.limit.size();
  const auto parsed = std::from_chars(flags.limit.data(), end, limit);
  if (parsed.ec != std::errc() || parsed.ptr != end || limit == 0) {
    throw Failure(fmt::format("--limit: expected a whole number above 0, found '{}'", flags.limit));
  }
  if (ids.size() > limit) {
    ids.resize(limit);
  }
}

}  // namespace mllmseg::app
