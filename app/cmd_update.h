#pragma once
// mllmseg update: fetch the list's README, import and lint it, show what
// changed, and store it as the user catalog.

#include <cstddef>
#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

inline constexpr std::string_view k_upstream_readme =
    "https://raw.githubusercontent.com/mc-lan/Awesome-MLLM-Segmentation/main/README.md";

struct UpdateOptions {
  std::string from;  // empty: k_upstream_readme
  int timeout = 30;
  std::size_t max_bytes = 16u << 20;
  bool force = false;
  bool dry_run = false;
};

CLI::App* setup_update(CLI::App& app, UpdateOptions& options);
Outcome run_update(const UpdateOptions& options, const GlobalOptions& global);

}  // namespace mllmseg::app
