#include "importer/unescape.h"

#include <optional>
#include <utility>

namespace mllmseg::importer {

namespace {

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// The character an HTML entity at the start of s stands for, and its length.
std::optional<std::pair<char, std::size_t>> entity(std::string_view s) {
  for (const auto& [name, c] : {std::pair<std::string_view, char>{"&lt;", '<'},
                                {"&gt;", '>'},
                                {"&amp;", '&'},
                                {"&quot;", '"'},
                                {"&#39;", '\''}}) {
    if (s.starts_with(name)) {
      return std::pair{c, name.size()};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && is_ascii_punctuation(s[i + 1])) {
      out += s[++i];
    } else if (const auto e = entity(s.substr(i))) {
      out += e->first;
      i += e->second - 1;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string decode_attribute(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (const auto e = entity(s.substr(i))) {
      out += e->first;
      i += e->second - 1;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace mllmseg::importer
