#pragma once
// The string rules of JSON as nlohmann-json applies them: well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates) and backslash escapes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mllmseg::json {

// What a byte means inside a string: 0 plain ASCII, 1 the closing quote, 2 a
// backslash, 3 a control character (not allowed), 4 the start of a UTF-8
// sequence (checked byte by byte).
inline constexpr std::array<std::uint8_t, 256> k_string_class = [] {
  std::array<std::uint8_t, 256> table{};
  for (std::size_t b = 0; b < 256; ++b) {
    table[b] = b < 0x20 ? 3 : b >= 0x80 ? 4 : 0;
  }
  table['"'] = 1;
  table['\\'] = 2;
  return table;
}();

// The first position from at on whose byte is not plain ASCII inside a
// string (a quote, a backslash, a control character or a byte >= 0x80), or
// size: sixteen bytes at a time where SSE2 is there (every x86-64).
std::size_t skip_plain(const char* data, std::size_t at, std::size_t size);

// The unescaped text of a string's raw content (between its quotes), which
// holds escapes; false on an invalid escape or a lone surrogate.
bool unescape(std::string_view raw, std::string& out);

}  // namespace mllmseg::json
