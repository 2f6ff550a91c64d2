#pragma once
// Turns catalog bytes into a validated Catalog, naming the exact place of
// anything wrong: FILE:LINE:COL for malformed JSON, the paper (index and key)
// and field for a bad record.

#include <cstddef>
#include <string>
#include <string_view>

#include "catalog/paper.h"
#include "util/result.h"

namespace mllmseg {

// Limits on what a catalog may hold, so that a hostile or broken file gets a
// clear error instead of exhausting memory or slowing every output down
// (docs/reliability.md). No real catalog comes near them: the embedded one is
// 50 KB, its longest string under 1 KB.
inline constexpr std::size_t k_max_catalog_bytes = std::size_t{1} << 30;  // 1 GiB
inline constexpr std::size_t k_max_string_bytes = std::size_t{1} << 20;   // 1 MiB, member names included

// origin names the bytes in messages: a path, "<stdin>", "<embedded catalog>".
Result<Catalog> parse_catalog(std::string_view bytes, std::string_view origin);

// The whole content of path, or of standard input when path is "-"; an error
// once it is larger than max_bytes, before reading it all when the size is
// known.
Result<std::string> read_input(const std::string& path, std::size_t max_bytes = k_max_catalog_bytes);

}  // namespace mllmseg
