#include "util/date.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <optional>

#include "util/text.h"

namespace mllmseg::date {

namespace {

std::optional<int> number(std::string_view s) {
  int value = 0;
  if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) {
    return std::nullopt;
  }
  return value;
}

int days_in_month(int year, int month) {
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : k_days[month - 1];
}

// The first and last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::optional<Range> span_of(std::string_view s) {
  if (s.size() == 4) {
    if (!number(s)) {
      return std::nullopt;
    }
    return Range{fmt::format("{}-01-01", s), fmt::format("{}-12-31", s)};
  }
  if (s.size() == 7 && s[4] == '-') {
    const auto year = number(s.substr(0, 4));
    const auto month = number(s.substr(5, 2));
    if (!year || !month || *month < 1 || *month > 12) {
      return std::nullopt;
    }
    return Range{fmt::format("{}-01", s), fmt::format("{}-{:02}", s, days_in_month(*year, *month))};
  }
  if (is_date(s)) {
    return Range{std::string(s), std::string(s)};
  }
  return std::nullopt;
}

}  // namespace

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return false;
  }
  const auto year = number(s.substr(0, 4));
  const auto month = number(s.substr(5, 2));
  const auto day = number(s.substr(8, 2));
  return year && month && day && *month >= 1 && *month <= 12 && *day >= 1 &&
         *day <= days_in_month(*year, *month);
}

Result<Range> parse_range(std::string_view value) {
  const std::string_view s = text::trim(value);
  const auto invalid = [&] {
    return Error{fmt::format(
        "invalid date range '{}' (expected a year, month or day, YYYY, YYYY-MM or YYYY-MM-DD, alone or as "
        "FROM..TO, FROM.. or ..TO)",
        value)};
  };
  const auto dots = s.find("..");
  if (dots == std::string_view::npos) {
    const auto span = span_of(s);
    if (!span) {
      return invalid();
    }
    return *span;
  }
  const std::string_view from = s.substr(0, dots);
  const std::string_view to = s.substr(dots + 2);
  if (from.empty() && to.empty()) {
    return invalid();
  }
  Range range;
  if (!from.empty()) {
    const auto span = span_of(from);
    if (!span) {
      return invalid();
    }
    range.lo = span->lo;
  }
  if (!to.empty()) {
    const auto span = span_of(to);
    if (!span) {
      return invalid();
    }
    range.hi = span->hi;
  }
  if (range.lo > range.hi) {
    return Error{fmt::format("empty date range '{}': {} is after {}", value, from, to)};
  }
  return range;
}

std::string today() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) {
    if (const std::string_view text(epoch); !text.empty() && text.size() <= 12) {
      long long seconds = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
      if (ec == std::errc() && end == text.data() + text.size()) {
        now = static_cast<std::time_t>(seconds);
      }
    }
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

}  // namespace mllmseg::date
