#pragma once
// A paper's JSON record written straight into a string, byte for byte as
// dump(paper_json(p)) writes it (format/json.h), without building an
// nlohmann value first: the JSON outputs of large catalogs write hundreds
// of thousands of papers. Strings with invalid UTF-8, which nlohmann
// replaces, are still written by nlohmann.

#include <string>

#include "catalog/paper.h"

namespace mllmseg::format {

// Compact when level is negative; otherwise indented by two spaces a level,
// as an object whose closing brace stands level levels in (its members one
// level deeper): 0 for a paper alone, 1 for an element of an array.
void append_paper_json(std::string& out, const Paper& p, int level);

}  // namespace mllmseg::format
