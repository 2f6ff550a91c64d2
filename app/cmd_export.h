#pragma once
// mllmseg export: papers in a file format other tools read.

#include <optional>
#include <string>
#include <vector>

#include "cli_fwd.h"
#include "context.h"
#include "filter_flags.h"

namespace mllmseg::app {

struct ExportOptions {
  std::string format;
  std::optional<std::string> output;  // -o FILE; "" is refused, not standard output
  std::vector<std::string> keys;
  std::string key_format;         // --key-format of the bibliography formats; empty: catalog
  bool stdin_is_catalog = false;  // set by the command line: the catalog is read from standard input
  FilterFlags filters;
  OrderFlags order;
};

CLI::App* setup_export(CLI::App& app, ExportOptions& options);
Outcome run_export(const ExportOptions& options, const Store& store);

}  // namespace mllmseg::app
