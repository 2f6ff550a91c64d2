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

// The words of s, separated by any ASCII white space.
std::vector<std::string_view> split_words(std::string_view s);

// Levenshtein distance, giving up (returning limit + 1) once it exceeds limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate closest to word by case-insensitive edit distance, if it is
// close enough to be what was meant (ninja's SpellcheckString, in spirit).
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// Number of terminal columns s occupies, counting each code point as one.
std::size_t display_width(std::string_view s);

// s cut to at most width columns, ending in ellipsis when it was cut.
std::string truncate(std::string_view s, std::size_t width, std::string_view ellipsis);

// s left-aligned in width columns.
std::string pad_right(std::string_view s, std::size_t width);

// Joins items with sep.
std::string join(const std::vector<std::string>& items, std::string_view sep);

}  // namespace mllmseg::text
