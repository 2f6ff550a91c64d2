#pragma once
// A strict reader for what the csv and tsv exports write (RFC 4180 with a
// chosen delimiter and line end), written apart from the writer so that the
// fuzz targets check the writer against an independent reading.

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg::fuzz {

using Rows = std::vector<std::vector<std::string>>;

// Every record ends with line_end. A cell is either quoted ("...", with ""
// for a quote, anything else inside) or plain (no quote, no CR or LF).
// Anything else is an error naming the byte offset.
Result<Rows> read_delimited(std::string_view text, char delimiter, std::string_view line_end);

}  // namespace mllmseg::fuzz
