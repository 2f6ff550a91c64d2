#pragma once
// Lines meant for a person (errors, notes, warnings, lint and diff reports)
// made safe for a terminal: no control character reaches it raw, and no
// quoted token runs to megabytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace mllmseg::text {

// Longest quoted excerpt a message keeps, and longest line, in bytes.
inline constexpr std::size_t k_max_quoted_bytes = 256;
inline constexpr std::size_t k_max_line_bytes = 4096;

// text with line breaks and tabs kept, every other control character (C0,
// DEL, C1 such as ESC or CSI) and carriage return replaced by U+FFFD; a
// quoted part ('...' or "...") longer than k_max_quoted_bytes cut to its
// start and end around "…[N bytes]…"; a line still longer than
// k_max_line_bytes cut, ending in "…[N more bytes]".
std::string for_terminal(std::string_view text);

// The start and end of s around "…[N bytes]…" when s is longer than max
// bytes, cut on UTF-8 character boundaries; s itself otherwise.
std::string excerpt(std::string_view s, std::size_t max);

}  // namespace mllmseg::text
