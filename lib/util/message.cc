#include "util/message.h"

#include <fmt/format.h>

#include "util/text.h"

namespace mllmseg::text {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Quoted parts of one line cut to excerpts. A quote opens after a space,
// '(', '=', ':' or the line's start, and closes at the next same quote.
std::string clip_quotes(std::string_view line) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    const bool opens = (c == '\'' || c == '"') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '(' ||
                                                   line[i - 1] == '=' || line[i - 1] == ':');
    const std::size_t close = opens ? line.find(c, i + 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += c;
      ++i;
      continue;
    }
    out += c;
    out += excerpt(line.substr(i + 1, close - i - 1), k_max_quoted_bytes);
    out += c;
    i = close + 1;
  }
  return out;
}

std::size_t boundary_at_or_before(std::string_view s, std::size_t at) {
  while (at > 0 && at < s.size() && is_continuation(s[at])) {
    --at;
  }
  return at;
}

}  // namespace

std::string excerpt(std::string_view s, std::size_t max) {
  if (s.size() <= max) {
    return std::string(s);
  }
  const std::size_t half = max / 2;
  const std::size_t head = boundary_at_or_before(s, half);
  const std::size_t tail = boundary_at_or_before(s, s.size() - half);
  return fmt::format("{}\xE2\x80\xA6[{} bytes]\xE2\x80\xA6{}", s.substr(0, head), tail - head,
                     s.substr(tail));
}

std::string for_terminal(std::string_view text) {
  const std::string safe = without_controls(text);
  std::string out;
  out.reserve(safe.size());
  std::string_view rest = safe;
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    std::string clipped = line.size() > k_max_quoted_bytes ? clip_quotes(line) : std::string(line);
    if (clipped.size() > k_max_line_bytes) {
      const std::size_t keep = boundary_at_or_before(clipped, k_max_line_bytes);
      clipped = fmt::format("{}\xE2\x80\xA6[{} more bytes]", clipped.substr(0, keep), clipped.size() - keep);
    }
    out += clipped;
    if (newline == std::string_view::npos) {
      break;
    }
    out += '\n';
    rest.remove_prefix(newline + 1);
  }
  return out;
}

}  // namespace mllmseg::text
