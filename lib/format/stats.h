#pragma once
// `mllmseg stats` output: bar charts for people, JSON for programs.

#include <string>

#include "format/style.h"
#include "query/stats.h"

namespace mllmseg::format {

// "N papers", then a chart by year, venue, task and code, labels aligned
// across the charts.
std::string stats_charts(const Stats& stats, const Style& style);

// {"papers": N, "years": [{"year": 2024, "papers": 20}, ...], "venues": [...],
//  "tasks": [...], "code": {"with": N, "without": N}}; indented when pretty,
// compact otherwise; ends with a newline.
std::string stats_json(const Stats& stats, bool pretty);

}  // namespace mllmseg::format
