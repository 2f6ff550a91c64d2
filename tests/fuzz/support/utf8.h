#pragma once
// The fuzz targets' oracle for invalid UTF-8: what a correct writer that
// replaces it (as format::dump does) must produce.

#include <string>
#include <string_view>

namespace mllmseg::fuzz {

// s with each maximal ill-formed subpart replaced by U+FFFD, as the Unicode
// standard recommends (section 3.9, "U+FFFD Substitution of Maximal
// Subparts") and Python's decode("utf-8", "replace") does. Valid UTF-8 comes
// back unchanged.
std::string replace_invalid_utf8(std::string_view s);

bool is_valid_utf8(std::string_view s);

}  // namespace mllmseg::fuzz
