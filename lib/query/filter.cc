#include "query/filter.h"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>
#include <limits>

#include "catalog/person.h"
#include "catalog/venue.h"
#include "util/text.h"

namespace mllmseg {

namespace {

std::optional<int> parse_year_number(std::string_view s) {
  int value = 0;
  if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

Result<YearRange> parse_year_range(std::string_view value) {
  const std::string_view s = text::trim(value);
  const auto invalid = [&] {
    return Error{fmt::format("invalid year '{}' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", value)};
  };
  const auto dots = s.find("..");
  if (dots == std::string_view::npos) {
    const auto year = parse_year_number(s);
    if (!year) {
      return invalid();
    }
    return YearRange{*year, *year};
  }
  const std::string_view lo_text = s.substr(0, dots);
  const std::string_view hi_text = s.substr(dots + 2);
  if (lo_text.empty() && hi_text.empty()) {
    return invalid();
  }
  YearRange range{std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};
  if (!lo_text.empty()) {
    const auto lo = parse_year_number(lo_text);
    if (!lo) {
      return invalid();
    }
    range.lo = *lo;
  }
  if (!hi_text.empty()) {
    const auto hi = parse_year_number(hi_text);
    if (!hi) {
      return invalid();
    }
    range.hi = *hi;
  }
  if (range.lo > range.hi) {
    return Error{fmt::format("empty year range '{}': {} is after {}", value, range.lo, range.hi)};
  }
  return range;
}

Result<VenueFilter> parse_venue_filter(std::string_view value, const Store& store) {
  const auto parts = parse_venue(value);
  if (!parts) {
    return Error{fmt::format(
        "invalid venue '{}' (expected a series such as NeurIPS, or a series and year such as NeurIPS'24)",
        value)};
  }
  const auto& known = store.series_names();
  const auto field_series = known_series(parts->series);
  const auto match = std::find_if(known.begin(), known.end(), [&](const std::string& s) {
    return text::iequals(s, parts->series) || (field_series && text::iequals(s, *field_series));
  });
  if (match == known.end() && field_series) {
    // A venue of the field with no paper in this catalog: it matches none.
    return VenueFilter{std::string(*field_series), parts->year, parts->month};
  }
  if (match == known.end()) {
    std::string message = fmt::format("unknown venue '{}'", parts->series);
    if (auto guess = text::closest(parts->series, known)) {
      message += fmt::format("; did you mean '{}'?", *guess);
    } else {
      message += fmt::format(" (known: {})", text::join(known, ", "));
    }
    return Error{message};
  }
  return VenueFilter{*match, parts->year, parts->month};
}

Result<AuthorQuery> parse_author_filter(std::string_view value) {
  AuthorQuery query = parse_author_query(value);
  if (query.empty()) {
    return Error{fmt::format("invalid author '{}' (expected a name, such as Jia or \"Jiaya Jia\")", value)};
  }
  return query;
}

Result<bool> parse_yes_no(std::string_view value) {
  const std::string v = text::to_lower(text::trim(value));
  if (v == "yes" || v == "y" || v == "true" || v == "1") {
    return true;
  }
  if (v == "no" || v == "n" || v == "false" || v == "0") {
    return false;
  }
  return Error{fmt::format("invalid value '{}' (expected yes or no)", value)};
}

namespace {

std::optional<Task> single_task(TaskSet tasks) {
  std::optional<Task> found;
  for (Task t : k_all_tasks) {
    if (has_task(tasks, t)) {
      if (found) {
        return std::nullopt;
      }
      found = t;
    }
  }
  return found;
}

}  // namespace

Selection select(const Store& store, const Filter& filter) {
  // Each filter kind gives one list of ids (the union of its values); the
  // lists are intersected smallest first. Index lists are used in place, so
  // a filter one index list answers copies nothing.
  std::vector<Selection> constraints;
  const auto add_union = [&](std::vector<Selection> lists) {
    if (lists.size() == 1) {
      constraints.push_back(std::move(lists.front()));
      return;
    }
    std::vector<std::span<const DocId>> spans;
    for (const Selection& s : lists) {
      spans.push_back(s.ids());
    }
    constraints.emplace_back(unite(spans));
  };
  // With one task, the venue lists come from the series-year-task index and
  // already hold only that task; a year range every venue's year lies in
  // adds nothing either.
  const std::optional<Task> one_task = single_task(filter.tasks);
  const bool task_in_venues = one_task && !filter.venues.empty() &&
                              std::none_of(filter.venues.begin(), filter.venues.end(),
                                           [](const VenueFilter& v) { return v.month.has_value(); });
  const bool years_in_venues =
      !filter.years.empty() && !filter.venues.empty() &&
      std::all_of(filter.venues.begin(), filter.venues.end(), [&](const VenueFilter& v) {
        return v.year && std::any_of(filter.years.begin(), filter.years.end(),
                                     [&](const YearRange& r) { return r.lo <= *v.year && *v.year <= r.hi; });
      });
  if (filter.tasks != 0 && !task_in_venues) {
    std::vector<Selection> lists;
    for (Task t : k_all_tasks) {
      if (has_task(filter.tasks, t)) {
        lists.push_back(Selection::view_of(store.with_task(t)));
      }
    }
    add_union(std::move(lists));
  }
  if (!filter.venues.empty()) {
    std::vector<Selection> lists;
    for (const auto& v : filter.venues) {
      const auto ids =
          task_in_venues ? store.venue(v.series, v.year, *one_task) : store.venue(v.series, v.year);
      if (!v.month) {
        lists.push_back(Selection::view_of(ids));
        continue;
      }
      Postings same_month;
      std::copy_if(ids.begin(), ids.end(), std::back_inserter(same_month),
                   [&](DocId id) { return store.paper(id).month == v.month; });
      lists.emplace_back(std::move(same_month));
    }
    add_union(std::move(lists));
  }
  if (!filter.years.empty() && !years_in_venues) {
    std::vector<Selection> lists;
    for (const auto& range : filter.years) {
      lists.emplace_back(store.years(range.lo, range.hi));
    }
    add_union(std::move(lists));
  }
  if (filter.has_code) {
    constraints.push_back(Selection::view_of(store.with_code(*filter.has_code)));
  }
  if (!filter.authors.empty()) {
    std::vector<Selection> lists;
    for (const auto& author : filter.authors) {
      lists.emplace_back(store.by_author(author));
    }
    add_union(std::move(lists));
  }
  if (!filter.listed.empty()) {
    std::vector<Selection> lists;
    for (const auto& range : filter.listed) {
      lists.emplace_back(store.listed(range.lo, range.hi));
    }
    add_union(std::move(lists));
  }
  if (constraints.empty()) {
    return Selection(store.all());
  }
  std::sort(constraints.begin(), constraints.end(),
            [](const Selection& a, const Selection& b) { return a.size() < b.size(); });
  if (constraints.size() == 1) {
    return std::move(constraints.front());
  }
  Postings result = intersect(constraints[0].ids(), constraints[1].ids());
  for (std::size_t i = 2; i < constraints.size() && !result.empty(); ++i) {
    result = intersect(result, constraints[i].ids());
  }
  return Selection(std::move(result));
}

namespace {

// How many papers pass every filter once clear() has taken the condition in
// question out of each, and lack() what that condition looks at.
template <typename Clear, typename Lacks>
std::size_t count_unchecked(const Store& store, std::span<const Filter> filters, Clear clear, Lacks lacks) {
  std::optional<Postings> passing;
  for (Filter others : filters) {
    clear(others);
    const Selection selected = select(store, others);
    passing = passing ? intersect(*passing, selected.ids())
                      : Postings(selected.ids().begin(), selected.ids().end());
  }
  std::size_t count = 0;
  if (!passing) {
    return count;
  }
  for (DocId id : *passing) {
    count += lacks(store.paper(id)) ? 1U : 0U;
  }
  return count;
}

}  // namespace

Unchecked unchecked(const Store& store, std::span<const Filter> filters) {
  Unchecked out;
  if (std::any_of(filters.begin(), filters.end(), [](const Filter& f) { return !f.authors.empty(); })) {
    out.without_authors = count_unchecked(
        store, filters, [](Filter& f) { f.authors.clear(); },
        [](const Paper& p) { return p.authors.empty(); });
  }
  for (const Filter& filter : filters) {
    for (const AuthorQuery& author : filter.authors) {
      if (author.words.size() != 1 || author.prefix.front() || !store.by_author(author).empty()) {
        continue;
      }
      const AuthorQuery as_prefix{author.words, {true}};
      if (!store.by_author(as_prefix).empty()) {
        out.given_names.push_back(author.words.front());
      }
    }
  }
  for (const Filter& filter : filters) {
    for (const VenueFilter& venue : filter.venues) {
      if (store.venue(venue.series, std::nullopt).empty()) {
        out.absent_venues.push_back(venue.series);
      }
    }
  }
  if (std::any_of(filters.begin(), filters.end(), [](const Filter& f) { return !f.listed.empty(); })) {
    out.without_listed = count_unchecked(
        store, filters, [](Filter& f) { f.listed.clear(); }, [](const Paper& p) { return !p.listed; });
  }
  return out;
}

}  // namespace mllmseg
