#pragma once
// Calendar days as the catalog writes them (YYYY-MM-DD), and ranges of them
// as --listed takes them: a year or a month stands for all of its days.

#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg::date {

// Whether s is a day of the calendar written YYYY-MM-DD (2025-02-29 is not).
bool is_date(std::string_view s);

// Days from lo to hi, both included, as YYYY-MM-DD; an open end is "" (lo)
// or "9999-12-31" (hi). Strings of this form compare in calendar order.
struct Range {
  std::string lo;
  std::string hi = "9999-12-31";

  bool contains(std::string_view day) const { return lo <= day && day <= hi; }
};

// "2025", "2025-10", "2025-10-03", each alone (all of its days) or as an end
// of FROM..TO, FROM.. or ..TO.
Result<Range> parse_range(std::string_view value);

// Today in UTC as YYYY-MM-DD; the day of SOURCE_DATE_EPOCH when that is set
// to a whole number of seconds, so that a run can be reproduced.
std::string today();

}  // namespace mllmseg::date
