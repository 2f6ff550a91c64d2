#pragma once
// The string rules of JSON as nlohmann-json applies them: well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates) and backslash escapes.

#include <cstddef>
#include <string>
#include <string_view>

namespace mllmseg::json {

// Length of the well-formed UTF-8 sequence at s[0] (a byte >= 0x80); 0 when
// it is not one.
std::size_t utf8_length(std::string_view s);

// The unescaped text of a string's raw content (between its quotes), which
// holds escapes; false on an invalid escape or a lone surrogate.
bool unescape(std::string_view raw, std::string& out);

}  // namespace mllmseg::json
