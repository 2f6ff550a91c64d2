#pragma once
// Search matches marked in result tables: a query word at the start of a
// title word, or anywhere inside a short name, as search matches them.
// Works on byte offsets of the text as printed, so widths are computed on the
// plain text and the escape codes go in last.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format/style.h"
#include "query/match_words.h"

namespace mllmseg::format {

// The query words (lowercase) to mark in each column, as a request's answer
// gives them (query/request.h).
using Highlight = MatchWords;

struct MatchSpan {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
};

enum class MatchMode { word_prefix, anywhere };

// Where words occur in text, ASCII case-insensitively, sorted and merged.
std::vector<MatchSpan> find_matches(std::string_view text, std::span<const std::string> words,
                                    MatchMode mode);

// text in the SGR code base (none when empty), with the spans in k_match_code;
// text unchanged when colour is off.
std::string paint_matches(std::string_view text, std::span<const MatchSpan> spans, std::string_view base,
                          const Style& style);

inline constexpr std::string_view k_match_code = "1;31";

}  // namespace mllmseg::format
