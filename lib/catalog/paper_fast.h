#pragma once
// The loader's fast path for one paper: reads a paper object straight into a
// Paper from the structural characters that simdjson's first stage found for
// the scanner (catalog/json_scan.h), without indexing its bytes a second time
// and without the json::Tree that json::ValueReader builds and
// reader::read_paper then checks field by field. Each value is the bytes from
// its structural character to the next one. It takes on only what it can
// check whole (known members, strings without escapes, small plain integers,
// the shapes a paper's members have) and declines (false) everything else,
// which the caller then reads the slow way, for the value or the exact
// message: a paper it accepts is one the slow path accepts, read into the
// same values.

#include <cstdint>
#include <span>
#include <string_view>

#include "catalog/paper.h"

namespace mllmseg::reader {

// The paper object in bytes (one value and the whitespace after it, as the
// scanner hands a span over, in a document the first stage accepted) into
// every field of into, reusing its strings' memory; structurals are the
// offsets in bytes of its structural characters, as Scanner::value lists
// them. True only when json::ValueReader::read and read_paper would accept it
// and give the same paper. On false, into holds anything and the slow path
// must read the paper. Never throws for bad input.
bool read_paper_fast(std::string_view bytes, std::span<const std::uint32_t> structurals, Paper& into);

// The same for bytes alone (json::k_padding readable bytes after them), whose
// structural characters it finds first: for callers without a scanner.
// simdjson must be loaded (json::load_simdjson).
bool read_paper_fast(std::string_view bytes, Paper& into);

}  // namespace mllmseg::reader
