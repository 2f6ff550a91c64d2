#pragma once
// mllmseg stats: papers counted by year, venue, task and code, as bar charts.

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"
#include "json_flags.h"

namespace mllmseg::app {

struct StatsOptions {
  FilterFlags filters;
  JsonFlags json;
  bool ascii = false;
};

CLI::App* setup_stats(CLI::App& app, StatsOptions& options);
Outcome run_stats(const StatsOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
