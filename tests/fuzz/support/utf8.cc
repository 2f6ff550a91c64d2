#include "support/utf8.h"

#include <cstdint>

namespace mllmseg::fuzz {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

struct Lead {
  std::size_t length = 0;  // 0: not a lead byte
  std::uint8_t second_lo = 0x80;
  std::uint8_t second_hi = 0xBF;
};

// Table 3-7 of the Unicode standard, "Well-Formed UTF-8 Byte Sequences".
Lead lead(std::uint8_t b) {
  if (b >= 0xC2 && b <= 0xDF) {
    return {2};
  }
  if (b == 0xE0) {
    return {3, 0xA0, 0xBF};
  }
  if (b == 0xED) {
    return {3, 0x80, 0x9F};
  }
  if (b >= 0xE1 && b <= 0xEF) {
    return {3};
  }
  if (b == 0xF0) {
    return {4, 0x90, 0xBF};
  }
  if (b >= 0xF1 && b <= 0xF3) {
    return {4};
  }
  if (b == 0xF4) {
    return {4, 0x80, 0x8F};
  }
  return {};
}

}  // namespace

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<std::uint8_t>(s[i]);
    if (b < 0x80) {
      out += s[i++];
      continue;
    }
    const Lead l = lead(b);
    if (l.length == 0) {
      out += k_replacement;
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    for (std::size_t k = 1; k < l.length && j < s.size(); ++k, ++j) {
      const auto c = static_cast<std::uint8_t>(s[j]);
      const std::uint8_t lo = k == 1 ? l.second_lo : 0x80;
      const std::uint8_t hi = k == 1 ? l.second_hi : 0xBF;
      if (c < lo || c > hi) {
        break;
      }
    }
    if (j - i == l.length) {
      out += s.substr(i, l.length);
    } else {
      out += k_replacement;  // the maximal subpart; the byte that broke it is read again
    }
    i = j;
  }
  return out;
}

bool is_valid_utf8(std::string_view s) { return replace_invalid_utf8(s) == s; }

}  // namespace mllmseg::fuzz
