#pragma once
// Citation keys for the bibliography formats (BibTeX, BibLaTeX, CSL-JSON,
// RIS): readable, unique within a catalog, and stable when it is reordered
// or grows.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg::format {

struct CiteKeySource {
  std::string_view key;  // the catalog key, unique in the catalog
  int year = 0;
};

// One key per source, in the same order: the catalog key followed by the
// year ("lisa2024"). Catalog keys are unique, so two papers share such a key
// only when the year's digits blur the boundary ("a1" of 999 and "a" of
// 1999); then every paper of that key gets a letter, a, b, ... z, aa, ab ...,
// handed out in the order of the catalog keys, never of the catalog.
std::vector<std::string> assign_citation_keys(std::span<const CiteKeySource> sources);

// The keys of every paper of the store, indexed by DocId. Computed over the
// whole catalog, so a paper's key does not depend on what else is exported.
std::vector<std::string> citation_keys(const Store& store);

}  // namespace mllmseg::format
