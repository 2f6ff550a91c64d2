#pragma once
// Which catalog a command reads, and reading it: --catalog, else the file
// $MLLMSEG_CATALOG names, else the user catalog (written by update and
// enrich) when it exists, else the one compiled in. A catalog file is JSON in
// the catalog format or a list in the list's markdown (named *.md or
// *.markdown, or opening with a heading), imported as it is read; remedy() says what a user who did not name
// the file can do about it.

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "catalog/paper.h"
#include "snapshot/snapshot.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg::source {

struct Choice {
  std::string path;    // empty for the built-in catalog; "-" for standard input
  std::string origin;  // how messages name it: the path, "<stdin>", "<embedded catalog>"
  std::string reason;  // what chose it: "--catalog", "MLLMSEG_CATALOG", "user catalog", "built in"
};

// flag is --catalog's value, empty when not given; the rest is read from
// the environment.
Choice choose(std::string_view flag);

Choice built_in();

// For a catalog that cannot be read, when the user did not name it on the
// command line: what the file is, and what to do about it. Empty otherwise.
struct Remedy {
  std::string what;  // "the catalog MLLMSEG_CATALOG names"
  std::string fix;   // "unset MLLMSEG_CATALOG to read the default catalog"
};
Remedy remedy(const Choice& choice);

// $XDG_DATA_HOME/mllmseg/catalog.json, or ~/.local/share/mllmseg/catalog.json
// when XDG_DATA_HOME is unset or relative; empty when neither can be known.
std::string user_catalog_path();

// A catalog read, with the warnings of a list imported on the way, one
// "mllmseg: warning: FILE:LINE: ..." line each.
template <typename T>
struct Read {
  T value;
  std::string warnings;
  // What became of the catalog's snapshot: "read PATH", "wrote PATH",
  // "wrote PATH (the one there: WHY it was refused)", "not written: WHY";
  // empty when the catalog gets none.
  std::string snapshot{};
  // A snapshot being written on another thread while the command runs:
  // waits for it and gives what snapshot then says.
  std::function<std::string()> snapshot_written{};

  // snapshot, once any snapshot being written is done.
  const std::string& snapshot_status() {
    if (snapshot_written) {
      snapshot = snapshot_written();
      snapshot_written = nullptr;
    }
    return snapshot;
  }
};

// The catalog, read and validated.
Result<Read<Catalog>> read_catalog(const Choice& choice);

// The catalog, read into a Store paper by paper (a JSON catalog never sits in
// memory whole) and indexed. With use_cache, a JSON catalog file of at least
// snapshot::k_min_catalog_bytes is read from its snapshot in the user's
// cache when that matches the file, and its snapshot written when none does.
Result<Read<std::unique_ptr<Store>>> read_store(const Choice& choice, bool use_cache = true);

// What info shows of the catalog: from the head of its snapshot alone when
// it has one that matches (snapshot::read_summary), else from the store
// read_store reads, snapshot written where one is due.
Result<Read<snapshot::Summary>> read_summary(const Choice& choice, bool use_cache = true);

}  // namespace mllmseg::source
