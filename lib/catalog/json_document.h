#pragma once
// Catalog bytes as a JSON document, before anything reads it as a catalog:
// nlohmann's parser, with every problem an error that names its place
// (FILE:LINE:COL for the syntax, the member's path for the rest), an object
// with a member twice refused, and no string over the limit.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg {

// The document in bytes. origin names them in messages. Refuses a member
// twice in one object ("papers[2]: member \"code\" appears twice"), a number
// too large for a double, and (when the document is an object) any string or
// member name longer than k_max_string_bytes (catalog/load.h), and anything
// but whitespace after the document, a NUL byte included (which nlohmann-json
// alone takes for the end of its input).
Result<nlohmann::json> parse_json_document(std::string_view bytes, std::string_view origin);

// A size for messages: "1 GiB", "1 MiB" or "1000 bytes".
std::string size_text(std::size_t bytes);

}  // namespace mllmseg
