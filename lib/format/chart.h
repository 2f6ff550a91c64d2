#pragma once
// Horizontal bar charts for the terminal: Unicode block characters in eighths
// of a column, or '#' when the terminal is not UTF-8, fitted to style.width.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "format/style.h"

namespace mllmseg::format {

struct Bar {
  std::string label;
  std::size_t value = 0;
};

struct ChartLayout {
  std::size_t label_width = 0;  // at least the widest label; more aligns several charts
  std::size_t total = 0;        // what percentages are of; 0: no percentages
};

// A title line, then one line a bar: "  LABEL  BAR VALUE (P%)". The longest
// bar takes the columns left over, at most k_max_bar_width and at least
// k_min_bar_width; a value above zero always shows.
std::string bar_chart(std::string_view title, std::span<const Bar> bars, const ChartLayout& layout,
                      const Style& style);

inline constexpr std::size_t k_max_bar_width = 50;
inline constexpr std::size_t k_min_bar_width = 10;

// The bar for value out of max in width columns: "███▌" or "####".
std::string bar(std::size_t value, std::size_t max, std::size_t width, bool utf8);

}  // namespace mllmseg::format
