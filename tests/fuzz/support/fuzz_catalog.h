#pragma once
// Catalogs made from fuzz bytes for the export targets: every text field
// (titles, names, URLs, authors, notes ...) comes from the input, invalid
// UTF-8 and control characters included; keys, dates and levels stay valid
// so that what the json export writes is something the loader must accept.

#include <string>
#include <string_view>

#include "catalog/paper.h"

namespace mllmseg::fuzz {

// One to four papers, up to three sections; see byte_reader.h for how bytes
// become strings.
Catalog catalog_from_bytes(std::string_view data);

// The catalog with replace_invalid_utf8 applied to every string: what a
// lossless writer that replaces invalid UTF-8 must give back.
Catalog with_valid_utf8(Catalog catalog);

// Every field of the papers, one "papers[i].field=value" line each, with
// bytes outside printable ASCII as \xNN: an equality test with a readable
// difference, written apart from the library's own writers.
std::string describe_papers(const std::vector<Paper>& papers);

// describe_papers plus the header fields and the sections.
std::string describe(const Catalog& catalog);

}  // namespace mllmseg::fuzz
