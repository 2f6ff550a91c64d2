#include "importer/encoding.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>

#include "util/text.h"

namespace mllmseg::importer {

namespace {

// Windows-1252 at 0x80-0x9F; its five unassigned bytes are read as the C1
// controls Latin-1 gives them. 0xA0-0xFF are Latin-1.
constexpr std::array<char32_t, 32> k_cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Mac Roman at 0x80-0xFF (Apple's table, with the euro at 0xDB).
constexpr std::array<char32_t, 128> k_mac_roman_high = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5,
    0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4,
    0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6,
    0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265,
    0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF,
    0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5,
    0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044,
    0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9,
    0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 0;  // 0: not a valid UTF-8 sequence
};

Decoded decode_utf8(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  const std::uint8_t lead = byte(at);
  if (lead < 0x80) {
    return {lead, 1};
  }
  std::size_t length = 0;
  std::uint8_t low = 0x80;
  std::uint8_t high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return {};
  }
  if (at + length > s.size()) {
    return {};
  }
  char32_t cp = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const std::uint8_t b = byte(at + i);
    if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) {
      return {};
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, length};
}

char32_t cp1252_char(std::uint8_t byte) {
  if (byte >= 0x80 && byte <= 0x9F) {
    return k_cp1252_high[byte - 0x80];
  }
  return byte;
}

// The byte a legacy encoding writes as cp, if any.
std::optional<std::uint8_t> legacy_byte(char32_t cp, bool mac_roman) {
  if (cp < 0x80) {
    return static_cast<std::uint8_t>(cp);
  }
  if (mac_roman) {
    for (std::size_t i = 0; i < k_mac_roman_high.size(); ++i) {
      if (k_mac_roman_high[i] == cp) {
        return static_cast<std::uint8_t>(0x80 + i);
      }
    }
    return std::nullopt;
  }
  if (cp >= 0xA0 && cp <= 0xFF) {
    return static_cast<std::uint8_t>(cp);
  }
  for (std::size_t i = 0; i < k_cp1252_high.size(); ++i) {
    if (k_cp1252_high[i] == cp) {
      return static_cast<std::uint8_t>(0x80 + i);
    }
  }
  return std::nullopt;
}

struct CodePoint {
  char32_t value;
  std::size_t offset;
  std::size_t length;
};

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t at = 0; at < text.size();) {
    const Decoded d = decode_utf8(text, at);
    const std::size_t length = d.length == 0 ? 1 : d.length;
    out.push_back({d.length == 0 ? char32_t{0xFFFD} : d.code_point, at, length});
    at += length;
  }
  return out;
}

// The UTF-8 sequence that the legacy characters from cps[from] spell, and
// how many characters it takes; 0 when they spell none. Two-byte results
// outside Latin (U+0080-U+024F) are refused: a curly quote before an
// accented letter spells Cyrillic in Mac Roman, and means nothing.
std::size_t legacy_sequence(const std::vector<CodePoint>& cps, std::size_t from, bool mac_roman,
                            std::string& bytes) {
  const auto lead = legacy_byte(cps[from].value, mac_roman);
  if (!lead || *lead < 0xC2 || *lead > 0xF4) {
    return 0;
  }
  const std::size_t length = *lead <= 0xDF ? 2 : *lead <= 0xEF ? 3 : 4;
  if (from + length > cps.size()) {
    return 0;
  }
  bytes.clear();
  for (std::size_t i = 0; i < length; ++i) {
    const auto b = legacy_byte(cps[from + i].value, mac_roman);
    if (!b) {
      return 0;
    }
    bytes += static_cast<char>(*b);
  }
  const Decoded d = decode_utf8(bytes, 0);
  if (d.length != length || (length == 2 && d.code_point > 0x24F)) {
    return 0;
  }
  return length;
}

}  // namespace

CleanText clean_text(std::string_view bytes) {
  CleanText clean;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  clean.text.reserve(bytes.size());
  int line = 1;
  int reported_line = 0;
  for (std::size_t at = 0; at < bytes.size();) {
    const char c = bytes[at];
    if (c == '\r') {
      clean.text += '\n';
      ++line;
      at += at + 1 < bytes.size() && bytes[at + 1] == '\n' ? 2u : 1u;
      continue;
    }
    if (c == '\n') {
      ++line;
    }
    const Decoded d = decode_utf8(bytes, at);
    if (d.length > 0) {
      clean.text.append(bytes.substr(at, d.length));
      at += d.length;
      continue;
    }
    const auto byte = static_cast<std::uint8_t>(c);
    std::string read;
    text::append_utf8(read, cp1252_char(byte));
    if (reported_line != line) {
      clean.diagnostics.push_back(
          {line,
           {},
           "mis-encoded",
           fmt::format("byte 0x{:02X} is not UTF-8; read as Windows-1252 \"{}\"", byte, read),
           false});
      reported_line = line;
    }
    clean.text += read;
    ++at;
  }
  return clean;
}

std::optional<Mojibake> find_mojibake(std::string_view text) {
  const std::vector<CodePoint> cps = code_points(text);
  std::string bytes;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i].value < 0x80) {
      continue;
    }
    for (const bool mac_roman : {false, true}) {
      std::size_t length = legacy_sequence(cps, i, mac_roman, bytes);
      if (length == 0) {
        continue;
      }
      Mojibake found;
      found.encoding = mac_roman ? "Mac Roman" : "Windows-1252";
      std::size_t end = i;
      while (length > 0) {
        found.meant += bytes;
        end += length;
        length = end < cps.size() ? legacy_sequence(cps, end, mac_roman, bytes) : 0;
      }
      const std::size_t last = end - 1;
      found.seen =
          std::string(text.substr(cps[i].offset, cps[last].offset + cps[last].length - cps[i].offset));
      return found;
    }
  }
  return std::nullopt;
}

}  // namespace mllmseg::importer
