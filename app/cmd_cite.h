#pragma once
// mllmseg cite: the bibliography of a LaTeX or Markdown document, exactly the
// entries it cites, each under the key the document uses (lib/cite/).

#include <optional>
#include <string>
#include <vector>

#include "cli_fwd.h"
#include "context.h"

namespace mllmseg::app {

struct CiteOptions {
  std::vector<std::string> files;
  std::string format = "bibtex";
  std::optional<std::string> output;  // -o FILE; "" is refused, not standard output
  std::optional<std::string> update;  // --update FILE: an existing .bib rewritten in place
  std::vector<std::string> ignore;    // shell patterns of keys of other bibliographies
  std::string key_format;             // --key-format; empty: catalog
  bool check = false;
  bool strict = false;
};

CLI::App* setup_cite(CLI::App& app, CiteOptions& options);
// Writes the cited entries; a key that names no paper is a warning and
// status 1 (an error and status 2, nothing written, with --strict).
Outcome run_cite(const CiteOptions& options, const Store& store);

}  // namespace mllmseg::app
