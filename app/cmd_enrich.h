#pragma once
// mllmseg enrich: fill in the abstracts, first submission dates, DOIs and
// authors that papers with an arXiv id lack, from the arXiv API, into the
// user's catalog (lib/enrich does the asking and the merging).

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
