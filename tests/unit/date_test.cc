#include "util/date.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace mllmseg::date {
namespace {

std::string range_text(std::string_view value) {
  auto r = parse_range(value);
  if (!r) {
    return "error: " + r.error();
  }
  return r->lo + ".." + r->hi;
}

TEST(IsDate, DaysOfTheCalendarOnly) {
  EXPECT_TRUE(is_date("2025-10-07"));
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_TRUE(is_date("2000-02-29"));
  EXPECT_FALSE(is_date("2025-02-29"));
  EXPECT_FALSE(is_date("1900-02-29"));
  EXPECT_FALSE(is_date("2025-13-01"));
  EXPECT_FALSE(is_date("2025-00-10"));
  EXPECT_FALSE(is_date("2025-04-31"));
  EXPECT_FALSE(is_date("2025-4-1"));
  EXPECT_FALSE(is_date("2025/04/01"));
  EXPECT_FALSE(is_date("2025-04-01T00"));
  EXPECT_FALSE(is_date(""));
}

TEST(ParseRange, AYearOrAMonthIsAllOfIt) {
  EXPECT_EQ("2025-01-01..2025-12-31", range_text("2025"));
  EXPECT_EQ("2025-10-01..2025-10-31", range_text("2025-10"));
  EXPECT_EQ("2024-02-01..2024-02-29", range_text("2024-02"));
  EXPECT_EQ("2025-02-01..2025-02-28", range_text("2025-02"));
  EXPECT_EQ("2025-10-07..2025-10-07", range_text(" 2025-10-07 "));
}

TEST(ParseRange, RangesTakeTheFirstDayOfTheirStartAndTheLastOfTheirEnd) {
  EXPECT_EQ("2025-06-01..2025-09-30", range_text("2025-06..2025-09"));
  EXPECT_EQ("2025-10-01..9999-12-31", range_text("2025-10.."));
  EXPECT_EQ("..2024-12-31", range_text("..2024"));
  EXPECT_EQ("2025-01-09..2026-01-31", range_text("2025-01-09..2026-01"));
  EXPECT_EQ("2025-10-01..2025-10-31", range_text("2025-10..2025-10"));
}

TEST(ParseRange, BadValuesSayWhatIsExpected) {
  const std::string expected =
      " (expected a year, month or day, YYYY, YYYY-MM or YYYY-MM-DD, alone or as FROM..TO, FROM.. or ..TO)";
  EXPECT_EQ("error: invalid date range 'October'" + expected, range_text("October"));
  EXPECT_EQ("error: invalid date range '2025-13'" + expected, range_text("2025-13"));
  EXPECT_EQ("error: invalid date range '2025-02-30'" + expected, range_text("2025-02-30"));
  EXPECT_EQ("error: invalid date range '..'" + expected, range_text(".."));
  EXPECT_EQ("error: invalid date range '25-10..'" + expected, range_text("25-10.."));
  EXPECT_EQ("error: invalid date range ''" + expected, range_text(""));
  EXPECT_EQ("error: empty date range '2025-10..2025-06': 2025-10 is after 2025-06",
            range_text("2025-10..2025-06"));
}

TEST(Range, ContainsItsEnds) {
  const Range r = *parse_range("2025-06..2025-09");
  EXPECT_TRUE(r.contains("2025-06-01"));
  EXPECT_TRUE(r.contains("2025-09-30"));
  EXPECT_FALSE(r.contains("2025-05-31"));
  EXPECT_FALSE(r.contains("2025-10-01"));
}

TEST(Today, SourceDateEpochFixesTheDay) {
  const char* old = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved = old == nullptr ? "" : old;
  ::setenv("SOURCE_DATE_EPOCH", "1768953600", 1);  // 2026-01-21T00:00:00Z
  EXPECT_EQ("2026-01-21", today());
  ::setenv("SOURCE_DATE_EPOCH", "not a number", 1);
  EXPECT_TRUE(is_date(today()));
  if (old == nullptr) {
    ::unsetenv("SOURCE_DATE_EPOCH");
  } else {
    ::setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
  }
  EXPECT_TRUE(is_date(today()));
}

}  // namespace
}  // namespace mllmseg::date
