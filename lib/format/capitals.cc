#include "format/capitals.h"

#include <algorithm>

namespace mllmseg::format {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_upper(c) || is_digit(c) || (c >= 'a' && c <= 'z') || (c & 0x80) != 0; }

bool part_keeps_capitals(std::string_view part, bool in_compound) {
  while (!part.empty() && !is_alnum(part.front())) {
    part.remove_prefix(1);
  }
  if (in_compound && part.size() == 1 && is_upper(part[0])) {
    return true;
  }
  bool has_digit = false;
  bool has_upper = false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    has_digit = has_digit || is_digit(part[i]);
    has_upper = has_upper || is_upper(part[i]);
    if (i > 0 && is_upper(part[i])) {
      return true;
    }
  }
  return has_digit && has_upper;
}

// Whether word is name, ASCII letters compared in any case.
bool same_word(std::string_view word, std::string_view name) {
  if (word.size() != name.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((is_upper(word[i]) ? word[i] | 0x20 : word[i]) != (is_upper(name[i]) ? name[i] | 0x20 : name[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool keeps_capitals(std::string_view word) {
  const bool compound = word.find('-') != std::string_view::npos;
  std::size_t start = 0;
  while (start <= word.size()) {
    const std::size_t end = std::min(word.find('-', start), word.size());
    if (part_keeps_capitals(word.substr(start, end - start), compound)) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

std::string protect_capitals(std::string_view title,
                             const std::function<std::string(std::string_view)>& escape,
                             std::string_view open, std::string_view close, std::string_view name) {
  std::string out;
  std::size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() && is_space(title[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < title.size() && !is_space(title[i])) {
      ++i;
    }
    if (i == start) {
      break;
    }
    const std::string_view word = title.substr(start, i - start);
    std::size_t core = word.size();
    while (core > 0 && (word[core - 1] == ':' || word[core - 1] == ',' || word[core - 1] == ';')) {
      --core;
    }
    if (!out.empty()) {
      out += ' ';
    }
    const std::string_view head = word.substr(0, core);
    if (!head.empty() && (keeps_capitals(head) || same_word(head, name))) {
      out += open;
      out += escape(head);
      out += close;
    } else {
      out += escape(head);
    }
    if (core < word.size()) {
      out += escape(word.substr(core));
    }
  }
  return out;
}

}  // namespace mllmseg::format
