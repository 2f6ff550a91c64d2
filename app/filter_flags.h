#pragma once
// The flags list, search, export and stats share: filters (--task, --venue,
// --year, --author, --listed, --has-code, --no-code), order (--sort, --reverse, --limit) and --json.

#include <string>
#include <vector>

#include "cli_fwd.h"
#include "query/filter.h"
#include "query/sort.h"

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

// Notes for an author or listed condition that could not look at some
// papers, as they have no authors or no listed date ("mllmseg: note: ...\n"
// each), else "".
std::string unchecked_notes(const Store& store, std::span<const Filter> filters);
inline std::string unchecked_notes(const Store& store, const Filter& filter) {
  return unchecked_notes(store, std::span<const Filter>(&filter, 1));
}

// Sorts ids as the flags say (default_key when --sort is absent) and applies
// --limit.
void apply_order(const OrderFlags& flags, SortKey default_key, const Store& store, std::vector<DocId>& ids);

}  // namespace mllmseg::app
