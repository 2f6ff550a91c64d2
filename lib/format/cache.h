#pragma once
// `mllmseg cache --json`: the snapshots in the cache, for programs.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format/json.h"

namespace mllmseg::format {

struct CachedSnapshot {
  std::string path;
  std::string catalog;  // empty when the snapshot cannot be read
  std::optional<std::uint64_t> papers;
  std::uint64_t bytes = 0;
  std::string written;  // YYYY-MM-DDTHH:MM:SSZ
  std::string state;    // "current", "stale: ...", "unreadable: ...", "left by a write that did not finish"
};

// [{"path": P, "catalog": P or null, "papers": N or null, "bytes": N,
//   "written": TIME, "state": S}, ...]; format/json_output writes it.
OrderedJson cache_json(std::span<const CachedSnapshot> snapshots);

// The members of each element, in their order: the fields `cache --json
// FIELDS` selects from.
std::span<const std::string_view> cache_fields();

}  // namespace mllmseg::format
