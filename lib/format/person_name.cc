#include "format/person_name.h"

#include <vector>

#include "util/text.h"

namespace mllmseg::format {

namespace {

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
  const auto words = text::split_words(s);
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
  const auto words = text::split_words(name);
  if (words.empty()) {
    return {};
  }
  return PersonName{joined(words, 0, words.size() - 1), std::string(words.back())};
}

}  // namespace mllmseg::format
