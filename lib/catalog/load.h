#pragma once
// Turns catalog bytes into a validated Catalog, naming the exact place of
// anything wrong: FILE:LINE:COL for malformed JSON, the paper (index and key)
// and field for a bad record.

#include <string>
#include <string_view>

#include "catalog/paper.h"
#include "util/result.h"

namespace mllmseg {

// origin names the bytes in messages: a path, "<stdin>", "<embedded catalog>".
Result<Catalog> parse_catalog(std::string_view bytes, std::string_view origin);

// The whole content of path, or of standard input when path is "-".
Result<std::string> read_input(const std::string& path);

}  // namespace mllmseg
