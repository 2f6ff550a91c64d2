#pragma once
// The flags list, search, export and stats share, made into a Request:
// filters (--task, --venue, --year, --author, --listed, --has-code,
// --no-code) and order (--sort, --reverse, --limit).

#include <string>
#include <vector>

#include "cli_fwd.h"
#include "query/filter.h"
#include "query/request.h"

namespace mllmseg::app {

struct FilterFlags {
  std::vector<std::string> tasks;
  std::vector<std::string> venues;
  std::vector<std::string> years;
  std::vector<std::string> authors;
  std::vector<std::string> listed;
  bool has_code = false;
  bool no_code = false;
};

struct OrderFlags {
  std::string sort;  // empty: the command's default
  bool reverse = false;
  std::string limit;  // empty: no limit
};

void add_filter_flags(CLI::App& command, FilterFlags& flags);
void add_order_flags(CLI::App& command, OrderFlags& flags, std::string_view default_sort);

// The flags as a Filter; a bad value throws Failure naming the flag.
Filter to_filter(const FilterFlags& flags, const Store& store);

// The flags as a Request (the filter, and the order and limit when given);
// a bad value throws Failure naming the flag.
Request to_request(const FilterFlags& filters, const Store& store);
Request to_request(const FilterFlags& filters, const OrderFlags& order, const Store& store);

}  // namespace mllmseg::app
