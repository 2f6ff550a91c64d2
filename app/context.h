#pragma once
// What every subcommand shares: the global options, the terminal it prints
// to, the catalog in use, and the one way errors leave a command.

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "format/flush.h"
#include "format/style.h"
#include "source/catalog_source.h"
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
  bool no_cache = false;  // --no-cache: neither read nor write a catalog's snapshot
};

struct Console {
  bool stdout_is_terminal = false;
  bool width_known = false;  // from the terminal or $COLUMNS; else style.width is 80
  format::Style style;
};

// What a command produced: text for stdout, notes for stderr, exit status.
// A long listing is instead made by stream as it is written: it hands its
// text to flush a round of papers at a time and returns the rest (out is
// then unused).
struct Outcome {
  std::string out;
  std::string notes;
  int status = 0;
  std::function<std::string(const format::Flush& flush)> stream = {};
};

Console detect_console(const GlobalOptions& options);

// Which catalog a command reads (source/catalog_source.h).
using CatalogChoice = source::Choice;

inline CatalogChoice choose_catalog(const GlobalOptions& options) { return source::choose(options.catalog); }
inline CatalogChoice built_in_catalog() { return source::built_in(); }
inline std::string user_catalog_path() { return source::user_catalog_path(); }

// Reads and validates the chosen catalog; a list's import warnings go to
// standard error.
Catalog load_catalog(const CatalogChoice& choice);

// Loads and indexes the catalog the options select.
std::unique_ptr<Store> load_store(const GlobalOptions& options);

// Exit status for a query: 0 with results, 1 without.
inline int status_for(std::size_t results) { return results > 0 ? 0 : 1; }

}  // namespace mllmseg::app
