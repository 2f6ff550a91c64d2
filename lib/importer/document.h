#pragma once
// What lint, diff and update read: a catalog file (JSON) or a list
// (markdown), told apart by their first character.

#include <optional>
#include <string>
#include <string_view>

#include "importer/import.h"
#include "util/result.h"

namespace mllmseg::importer {

struct Document {
  Catalog catalog;
  std::optional<Import> list;  // set when the bytes were a list
};

// An error when the bytes are neither a valid catalog nor a list with at
// least one entry.
Result<Document> read_document(std::string_view bytes, std::string_view origin);

}  // namespace mllmseg::importer
