#include "format/person_name.h"

#include <vector>

namespace mllmseg::format {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<std::string_view> words_of(std::string_view s) {
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

std::string joined(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) {
      out += ' ';
    }
    out += words[i];
  }
  return out;
}

std::string normalised(std::string_view s) {
  const auto words = words_of(s);
  return joined(words, 0, words.size());
}

}  // namespace

PersonName split_person_name(std::string_view name) {
  if (const auto comma = name.find(','); comma != std::string_view::npos) {
    std::string family = normalised(name.substr(0, comma));
    if (!family.empty()) {
      return PersonName{normalised(name.substr(comma + 1)), std::move(family)};
    }
    name.remove_prefix(comma + 1);
  }
  const auto words = words_of(name);
  if (words.empty()) {
    return {};
  }
  return PersonName{joined(words, 0, words.size() - 1), std::string(words.back())};
}

}  // namespace mllmseg::format
