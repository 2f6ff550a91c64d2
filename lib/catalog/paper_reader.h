#pragma once
// Reads the parts of a catalog document into the model, checking each field:
// a paper, the list's sections, the top-level strings. Every problem is an
// Invalid naming the paper (index and key) or member and the field.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/json_value.h"
#include "catalog/paper.h"

namespace mllmseg::reader {

// Thrown by the readers below; parse_catalog turns it into an Error.
struct Invalid {
  std::string message;
};

// papers[index] of the document origin names, into every field of into,
// whose strings' memory is reused: a loader reads a million papers into one.
void read_paper(json::Value object, std::string_view origin, std::size_t index, Paper& into);

// The top-level member field: a string, or empty when absent or null.
std::string top_string(std::optional<json::Value> value, std::string_view field, std::string_view origin);

// The top-level member field: a date as YYYY-MM-DD, or empty when absent or null.
std::string top_date(std::optional<json::Value> value, std::string_view field, std::string_view origin);

// The top-level "sections" member, when present.
std::vector<Section> read_sections(std::optional<json::Value> value, std::string_view origin);

}  // namespace mllmseg::reader
