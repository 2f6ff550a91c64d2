#pragma once
// mllmseg cache: the snapshots of large catalogs in the user's cache, listed
// (info) or removed (clear).

#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "json_flags.h"

namespace mllmseg::app {

struct CacheOptions {
  std::string action = "info";  // info or clear
  JsonFlags json;
};

CLI::App* setup_cache(CLI::App& app, CacheOptions& options);
Outcome run_cache(const CacheOptions& options, const Console& console);

}  // namespace mllmseg::app
