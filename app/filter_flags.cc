#include "filter_flags.h"

#include <fmt/format.h>

#include "context.h"

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

Request to_request(const FilterFlags& filters, const Store& store) {
  Request request;
  request.filter = to_filter(filters, store);
  return request;
}

Request to_request(const FilterFlags& filters, const OrderFlags& order, const Store& store) {
  Request request = to_request(filters, store);
  if (!order.sort.empty()) {
    request.sort = value_or_fail(parse_sort_key(order.sort), "--sort");
  }
  request.reverse = order.reverse;
  if (!order.limit.empty()) {
    request.limit = value_or_fail(parse_limit(order.limit), "--limit");
  }
  return request;
}

}  // namespace mllmseg::app
