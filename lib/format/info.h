#pragma once
// `mllmseg info --json`: which catalog is in use and what it holds, for
// programs.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "format/json.h"

namespace mllmseg::format {

struct CatalogInfo {
  std::string path;    // empty for the embedded catalog
  std::string reason;  // why it was chosen
  std::size_t papers = 0;
  std::size_t with_code = 0;
  std::size_t with_authors = 0;
  std::string updated;  // the catalog's header; empty when it does not say
  std::string updated_from;
  std::string user_catalog;  // where update and enrich write; empty when unknown
  std::string snapshot;      // what became of the catalog's snapshot; empty when it gets none
};

// {"catalog": PATH or null, "source": REASON, "papers": N, "with_code": N,
//  "with_authors": N, "updated": DATE or null, "updated_from": URL or null,
//  "user_catalog": PATH, "snapshot": "read PATH" | "wrote PATH" |
//  "not written: WHY" | null}; format/json_output writes it.
OrderedJson info_json(const CatalogInfo& info);

// Its members, in its order: the fields `info --json FIELDS` selects from.
std::span<const std::string_view> info_fields();

}  // namespace mllmseg::format
