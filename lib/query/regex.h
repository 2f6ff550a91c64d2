#pragma once
// search --regex: an RE2 pattern (linear time, bounded memory) matched against
// each paper's name and title.

#include <optional>
#include <string_view>

#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

inline constexpr std::size_t k_max_pattern_bytes = 4096;
inline constexpr std::int64_t k_max_regex_memory = 8 << 20;

// The papers among candidates (all when nullopt) whose name or title matches
// pattern anywhere, case-insensitively unless the pattern says (?-i).
Result<Postings> regex_select(const Store& store, std::string_view pattern,
                              const std::optional<Postings>& candidates);

}  // namespace mllmseg
