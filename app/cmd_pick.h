#pragma once
// mllmseg pick: the papers that pass the filters, chosen from in fzf (a
// preview of each, keys to open a paper or its code and to copy BibTeX);
// prints the keys chosen, one a line.

#include <string>
#include <vector>

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"

namespace mllmseg::app {

struct PickOptions {
  FilterFlags filters;
  OrderFlags order;
  std::vector<std::string> query;  // fzf's starting query, its words joined by spaces
};

CLI::App* setup_pick(CLI::App& app, PickOptions& options);
Outcome run_pick(const PickOptions& options, const Store& store, const GlobalOptions& global);

}  // namespace mllmseg::app
