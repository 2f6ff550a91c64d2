#pragma once
// mllmseg related: the papers most like a given one, best first, each with
// why (query/related.h has the score).

#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"
#include "json_flags.h"

namespace mllmseg::app {

struct RelatedOptions {
  std::string paper;
  FilterFlags filters;
  std::string limit = "10";
  JsonFlags json;
};

CLI::App* setup_related(CLI::App& app, RelatedOptions& options);
Outcome run_related(const RelatedOptions& options, const Store& store, const Console& console);

}  // namespace mllmseg::app
