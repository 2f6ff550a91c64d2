#include "util/text.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <numeric>

namespace mllmseg::text {

namespace {

char lower_char(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Eight bytes at a time (SWAR), little-endian: the first byte is the lowest.
// A flag for each byte is its bit 7; each test adds to a byte's low seven
// bits a number that carries into bit 7 exactly when the byte passes, and
// never into the next byte.
static_assert(std::endian::native == std::endian::little);
constexpr std::uint64_t k_ones = 0x0101010101010101;
constexpr std::uint64_t k_high = 0x8080808080808080;

// Bytes i to i + 8 of s; those past its end read as 0.
std::uint64_t word_at(std::string_view s, std::size_t i) {
  std::uint64_t w = 0;
  if (s.size() - i >= 8) {
    std::memcpy(&w, s.data() + i, 8);  // a load, where a length not known is a call
  } else {
    std::memcpy(&w, s.data() + i, s.size() - i);
  }
  return w;
}

// Bit 7 of each byte whose low seven bits lie in [lo, hi].
constexpr std::uint64_t within(std::uint64_t low7, unsigned lo, unsigned hi) {
  return (low7 + k_ones * (0x80 - lo)) & ~(low7 + k_ones * (0x7F - hi)) & k_high;
}

// The bytes of w that is_token_byte takes: letters, digits, and every byte
// from 0x80 on.
std::uint64_t token_bytes(std::uint64_t w) {
  const std::uint64_t low7 = w & ~k_high;
  return (within(low7, 'a', 'z') | within(low7, 'A', 'Z') | within(low7, '0', '9') | w) & k_high;
}

// Bit 7 of each byte of a that equals the same byte of b.
constexpr std::uint64_t equal_bytes(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t v = a ^ b;
  return ~(((v & ~k_high) + ~k_high) | v) & k_high;
}

// w with its ASCII capitals in lowercase, as lower_char makes them.
constexpr std::uint64_t lower_word(std::uint64_t w) {
  return w | ((within(w & ~k_high, 'A', 'Z') & ~w) >> 2);
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  const auto put = [&](char32_t value) { out += static_cast<char>(static_cast<unsigned char>(value)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  std::transform(out.begin(), out.end(), out.begin(), lower_char);
}

bool contains_folded(std::string_view s, std::string_view word) {
  if (word.size() > s.size()) {
    return false;
  }
  if (word.empty()) {
    return true;
  }
  // Where the word's first and last bytes both match, eight starts at a
  // time (a substring search in the manner of SIMD ones), each then checked.
  const std::size_t last = s.size() - word.size();  // the last start
  const std::uint64_t first_byte = k_ones * static_cast<unsigned char>(word.front());
  const std::uint64_t last_byte = k_ones * static_cast<unsigned char>(word.back());
  for (std::size_t i = 0; i <= last; i += 8) {
    std::uint64_t starts = equal_bytes(lower_word(word_at(s, i)), first_byte) &
                           equal_bytes(lower_word(word_at(s, i + word.size() - 1)), last_byte);
    while (starts != 0) {
      const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(starts)) / 8;
      if (at > last) {
        break;
      }
      if (iequals(s.substr(at, word.size()), word)) {
        return true;
      }
      starts &= starts - 1;
    }
  }
  return false;
}

std::size_t count_tokens(std::string_view s) {
  std::size_t tokens = 0;
  std::uint64_t before = 0;  // whether the byte before the word is a token byte, in bit 7
  for (std::size_t i = 0; i < s.size(); i += 8) {
    const std::uint64_t token = token_bytes(word_at(s, i));
    // The flags summed into the top byte (eight at most), without a
    // popcount instruction, which the baseline x86-64 has not.
    tokens += static_cast<std::size_t>((((token & ~((token << 8) | before)) >> 7) * k_ones) >> 56);
    before = (token >> 56) & 0x80;
  }
  return tokens;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower_char);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower_char(x) == lower_char(y); });
}

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && is_space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> tokenize(std::string_view s) {
  std::vector<std::string> tokens;
  std::string lowered;
  visit_tokens(s, lowered, [&](std::string_view token) { tokens.emplace_back(token); });
  return tokens;
}

std::vector<std::string_view> split_words(std::string_view s) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) {
      ++i;
    }
    if (i > start) {
      words.push_back(s.substr(start, i - start));
    }
  }
  return words;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  // Optimal string alignment: insertions, deletions, substitutions and
  // transpositions of neighbours ("CPVR" -> "CVPR") each cost one edit.
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > limit) {
    return limit + 1;
  }
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    before.swap(previous);
    previous.swap(row);
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower_char(a[i - 1]) == lower_char(b[j - 1]) ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && lower_char(a[i - 1]) == lower_char(b[j - 2]) &&
          lower_char(a[i - 2]) == lower_char(b[j - 1])) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) {
      return limit + 1;
    }
  }
  return std::min(row[b.size()], limit + 1);
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  // Allow one edit in short words, two in longer ones, and never so many
  // that the suggestion shares almost nothing with the word.
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate, limit);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

namespace {

// Control characters (C0, DEL, C1) replaced by U+FFFD; line breaks and tabs
// kept when keep_breaks, white-space controls made spaces otherwise.
std::string replace_controls(std::string_view s, bool keep_breaks) {
  constexpr std::string_view k_replacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (keep_breaks && (c == '\n' || c == '\t')) {
      out += static_cast<char>(c);
    } else if (!keep_breaks && (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += k_replacement;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += k_replacement;  // U+0080..U+009F
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

std::string one_line(std::string_view s) { return replace_controls(s, false); }

std::string without_controls(std::string_view s) { return replace_controls(s, true); }

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

std::string truncate(std::string_view s, std::size_t width, std::string_view ellipsis) {
  if (display_width(s) <= width) {
    return std::string(s);
  }
  const std::size_t ellipsis_width = display_width(ellipsis);
  if (width <= ellipsis_width) {
    return truncate(ellipsis, width, "");
  }
  const std::size_t keep = width - ellipsis_width;
  std::size_t columns = 0;
  std::size_t end = 0;
  while (end < s.size()) {
    std::size_t next = end + 1;
    while (next < s.size() && is_continuation(s[next])) {
      ++next;
    }
    if (columns + 1 > keep) {
      break;
    }
    ++columns;
    end = next;
  }
  std::string out(trim(s.substr(0, end)));
  out += ellipsis;
  return out;
}

std::string pad_right(std::string_view s, std::size_t width) {
  std::string out(s);
  const std::size_t w = display_width(s);
  if (w < width) {
    out.append(width - w, ' ');
  }
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += sep;
    }
    out += items[i];
  }
  return out;
}

}  // namespace mllmseg::text
