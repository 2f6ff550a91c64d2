#pragma once
// mllmseg import: a markdown list in the Awesome-MLLM-Segmentation format
// made into a catalog, to standard output or a file.

#include <optional>
#include <string>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct ImportOptions {
  std::string file;
  std::optional<std::string> output;  // -o FILE; "" is refused, not standard output
  bool strict = false;
};

CLI::App* setup_import(CLI::App& app, ImportOptions& options);
Outcome run_import(const ImportOptions& options);

}  // namespace mllmseg::app
