#include "catalog/json_string.h"

#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <optional>

#include "util/text.h"

namespace mllmseg::json {

namespace {

std::optional<unsigned> hex4(std::string_view s) {
  if (s.size() < 4) {
    return std::nullopt;
  }
  unsigned value = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const char c = s[i];
    const unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                           : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                           : c >= 'A' && c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                                                  : 16u;
    if (digit == 16) {
      return std::nullopt;
    }
    value = value * 16 + digit;
  }
  return value;
}

}  // namespace

std::size_t skip_plain(const char* data, std::size_t at, std::size_t size) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  while (at + 16 <= size) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
    // Signed, bytes >= 0x80 are negative: below 0x20 like control characters.
    const __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                     _mm_cmplt_epi8(bytes, space));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask != 0) {
      return at + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    at += 16;
  }
#endif
  while (at < size && k_string_class[static_cast<std::uint8_t>(data[at])] == 0) {
    ++at;
  }
  return at;
}

bool unescape(std::string_view raw, std::string& out) {
  out.clear();
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\') {
      out.push_back(raw[i]);
      continue;
    }
    if (++i == raw.size()) {
      return false;
    }
    switch (raw[i]) {
      case '"':
        out.push_back('"');
        break;
      case '\\':
        out.push_back('\\');
        break;
      case '/':
        out.push_back('/');
        break;
      case 'b':
        out.push_back('\b');
        break;
      case 'f':
        out.push_back('\f');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'u': {
        auto cp = hex4(raw.substr(i + 1));
        if (!cp || (*cp >= 0xDC00 && *cp <= 0xDFFF)) {
          return false;
        }
        i += 4;
        if (*cp >= 0xD800 && *cp <= 0xDBFF) {
          const auto low = raw.substr(i + 1, 2) == "\\u" ? hex4(raw.substr(i + 3)) : std::nullopt;
          if (!low || *low < 0xDC00 || *low > 0xDFFF) {
            return false;
          }
          cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
          i += 6;
        }
        text::append_utf8(out, static_cast<char32_t>(*cp));
        break;
      }
      default:
        return false;
    }
  }
  return true;
}

}  // namespace mllmseg::json
