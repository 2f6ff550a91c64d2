#pragma once
// `mllmseg stats` output: bar charts for people, JSON for programs.

#include <span>
#include <string>
#include <string_view>

#include "format/json.h"
#include "format/style.h"
#include "query/stats.h"

namespace mllmseg::format {

// "N papers", then a chart by year, venue, task, code, most frequent authors
// and month listed, labels aligned across the charts. The authors' chart is
// left out when no author has more than one paper (stats_json keeps it).
std::string stats_charts(const Stats& stats, const Style& style);

// What a count or filter by author says of the papers it could not look at:
// "2 papers have no authors and were not looked at; mllmseg enrich fills them in".
std::string without_authors_note(std::size_t papers);

// The same for a condition on listed dates: "1 paper has no listed date and
// was not looked at".
std::string without_listed_note(std::size_t papers);

// {"papers": N, "years": [{"year": 2024, "papers": 20}, ...], "venues": [...],
//  "tasks": [...], "code": {"with": N, "without": N}, "authors": [...],
//  "without_authors": N, "listed": [{"month": "2025-01", "papers": N}, ...],
//  "without_listed": N}; format/json_output writes it.
OrderedJson stats_json(const Stats& stats);

// Its members, in its order: the fields `stats --json FIELDS` selects from.
std::span<const std::string_view> stats_fields();

}  // namespace mllmseg::format
