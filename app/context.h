#pragma once
// What every subcommand shares: the global options, the terminal it prints
// to, the catalog in use, and the one way errors leave a command.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "format/style.h"
#include "store/store.h"

namespace mllmseg::app {

// Thrown by a command for any error the user must see; run() prints it as
// "mllmseg: error: ..." and exits with status 2.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct GlobalOptions {
  std::string catalog;  // --catalog; empty: $MLLMSEG_CATALOG, else embedded
  std::string color = "auto";
};

struct Console {
  bool stdout_is_terminal = false;
  format::Style style;
};

// What a command produced: text for stdout, notes for stderr, exit status.
struct Outcome {
  std::string out;
  std::string notes;
  int status = 0;
};

Console detect_console(const GlobalOptions& options);

// Which catalog a command reads: --catalog, else $MLLMSEG_CATALOG, else the
// user's catalog (written by enrich) when it exists, else the embedded one.
struct CatalogChoice {
  std::string path;    // empty for the embedded catalog
  std::string origin;  // how messages name it
  std::string reason;  // why it was chosen, for `mllmseg info`
};

CatalogChoice choose_catalog(const GlobalOptions& options);

// The catalog compiled into the binary.
CatalogChoice built_in_catalog();

// $XDG_DATA_HOME/mllmseg/catalog.json, or ~/.local/share/mllmseg/catalog.json
// when XDG_DATA_HOME is unset; empty when neither can be known.
std::string user_catalog_path();

// Reads and validates the chosen catalog.
Catalog load_catalog(const CatalogChoice& choice);

// Loads, validates and indexes the catalog the options select.
std::unique_ptr<Store> load_store(const GlobalOptions& options);

// Exit status for a query: 0 with results, 1 without.
inline int status_for(std::size_t results) { return results > 0 ? 0 : 1; }

}  // namespace mllmseg::app
