#include "format/highlight.h"

#include <algorithm>

#include "util/text.h"

namespace mllmseg::format {

namespace {

// The bytes search tokenizes words from (util/text.h's tokenize).
bool is_token_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

std::vector<MatchSpan> merged(std::vector<MatchSpan> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const MatchSpan& a, const MatchSpan& b) { return a.begin < b.begin; });
  std::vector<MatchSpan> out;
  for (const MatchSpan& s : spans) {
    if (!out.empty() && s.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

std::vector<MatchSpan> find_matches(std::string_view text, std::span<const std::string> words,
                                    MatchMode mode) {
  const std::string lower = text::to_lower(text);
  std::vector<MatchSpan> spans;
  for (const std::string& word : words) {
    if (word.empty()) {
      continue;
    }
    for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
      const bool starts_word = at == 0 || !is_token_byte(lower[at - 1]);
      if (mode == MatchMode::anywhere || starts_word) {
        spans.push_back({at, at + word.size()});
      }
    }
  }
  return merged(std::move(spans));
}

std::string paint_matches(std::string_view text, std::span<const MatchSpan> spans, std::string_view base,
                          const Style& style) {
  const auto plain = [&](std::string_view part) {
    return base.empty() ? std::string(part) : style.paint(part, base);
  };
  if (!style.color) {
    return std::string(text);
  }
  std::string out;
  std::size_t at = 0;
  for (const MatchSpan& s : spans) {
    if (s.begin < at || s.end > text.size()) {
      continue;
    }
    out += plain(text.substr(at, s.begin - at));
    out += style.paint(text.substr(s.begin, s.end - s.begin), k_match_code);
    at = s.end;
  }
  out += plain(text.substr(at));
  return out;
}

}  // namespace mllmseg::format
