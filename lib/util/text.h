#pragma once
// Small text helpers shared by the catalog, the store and the formatters:
// ASCII case folding, tokenising, edit distance and display width.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::text {

std::string to_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);

// Lowercase alphanumeric runs; every other byte separates tokens. Bytes >= 0x80
// stay inside tokens so that non-ASCII words remain searchable.
std::vector<std::string> tokenize(std::string_view s);

inline bool is_token_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Appends the UTF-8 encoding of the code point cp (at most 0x10FFFF).
void append_utf8(std::string& out, char32_t cp);

// s in lowercase (ASCII), into out, reusing its memory.
void lower_into(std::string_view s, std::string& out);

// Whether s in lowercase contains word, which is in lowercase: what
// lower_into(s, out) then out.find(word) tells, without the copy.
bool contains_folded(std::string_view s, std::string_view word);

// Calls visit(token) for each token of text, which is in lowercase, as
// tokenize() would return them, as views into text.
template <class Visit>
void visit_lowered_tokens(std::string_view text, Visit&& visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_token_byte(text[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && is_token_byte(text[i])) {
      ++i;
    }
    if (i > start) {
      visit(text.substr(start, i - start));
    }
  }
}

// The same for any s, as views into lowered (which it fills with s in
// lowercase): for loops over every paper, which should not allocate for
// every word.
template <class Visit>
void visit_tokens(std::string_view s, std::string& lowered, Visit&& visit) {
  lower_into(s, lowered);
  visit_lowered_tokens(lowered, visit);
}

// How many tokens visit_tokens would visit in s, without visiting them.
std::size_t count_tokens(std::string_view s);

// The words of s, separated by any ASCII white space.
std::vector<std::string_view> split_words(std::string_view s);

// Levenshtein distance, giving up (returning limit + 1) once it exceeds limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate closest to word by case-insensitive edit distance, if it is
// close enough to be what was meant (ninja's SpellcheckString, in spirit).
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// s as one line that is safe to print: tab, line breaks and the other
// white-space controls become spaces, and every other control character
// (C0, DEL and C1, such as ESC or CSI) becomes U+FFFD, so that a catalog's
// text cannot break a line format or send escape sequences to a terminal.
std::string one_line(std::string_view s);

// s with line breaks and tabs kept and every other control character
// replaced by U+FFFD, nothing cut: multi-line reports and messages.
std::string without_controls(std::string_view s);

// Number of terminal columns s occupies, counting each code point as one.
std::size_t display_width(std::string_view s);

// s cut to at most width columns, ending in ellipsis when it was cut.
std::string truncate(std::string_view s, std::size_t width, std::string_view ellipsis);

// s left-aligned in width columns.
std::string pad_right(std::string_view s, std::size_t width);

// Joins items with sep.
std::string join(const std::vector<std::string>& items, std::string_view sep);

}  // namespace mllmseg::text
