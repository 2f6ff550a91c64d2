#pragma once
// mllmseg search: papers ranked by query words, or matched by an RE2 pattern.

#include <string>
#include <vector>

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"
#include "json_flags.h"

namespace mllmseg::app {

struct SearchOptions {
  std::vector<std::string> query;
  std::string regex;
  FilterFlags filters;
  OrderFlags order;
  JsonFlags json;
  std::string format;
  bool count = false;  // --count: the number of papers only
  bool table = false;  // --table: the table in a pipe too
};

CLI::App* setup_search(CLI::App& app, SearchOptions& options);
Outcome run_search(const SearchOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
