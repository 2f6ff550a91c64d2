#pragma once
// mllmseg list: the papers that pass the filters.

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"
#include "json_flags.h"

namespace mllmseg::app {

struct ListOptions {
  FilterFlags filters;
  OrderFlags order;
  JsonFlags json;
  std::string format;
  bool count = false;  // --count: the number of papers only
  bool table = false;  // --table: the table in a pipe too
};

CLI::App* setup_list(CLI::App& app, ListOptions& options);
Outcome run_list(const ListOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
