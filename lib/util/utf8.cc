#include "util/utf8.h"

#include <cstdint>

namespace mllmseg::utf8 {

std::size_t sequence_length(std::string_view s) {
  const auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<std::uint8_t>(s[i]) : 0u; };
  const auto in = [&](std::size_t i, unsigned lo, unsigned hi) { return byte(i) >= lo && byte(i) <= hi; };
  const unsigned b = byte(0);
  if (b >= 0xC2 && b <= 0xDF) {
    return in(1, 0x80, 0xBF) ? 2 : 0;
  }
  if (b == 0xE0) {
    return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b == 0xED) {
    return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b == 0xF0) {
    return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  if (b >= 0xF1 && b <= 0xF3) {
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  if (b == 0xF4) {
    return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

}  // namespace mllmseg::utf8
