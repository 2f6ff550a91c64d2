#pragma once
// mllmseg enrich: fill in authors, dates, abstracts and DOIs from the arXiv
// API for papers that lack authors, into the user's catalog.

#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct EnrichOptions {
  bool dry_run = false;
  std::string api;
  int timeout = 30;
  int batch = 20;
};

CLI::App* setup_enrich(CLI::App& app, EnrichOptions& options);
Outcome run_enrich(const EnrichOptions& options, const GlobalOptions& global);

}  // namespace mllmseg::app
