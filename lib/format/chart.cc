#include "format/chart.h"

#include <fmt/format.h>
#include <algorithm>

#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr std::string_view k_indent = "  ";
constexpr std::string_view k_gap = "  ";

// U+2588 FULL BLOCK, then U+2589..U+258F: seven eighths down to one eighth.
constexpr std::string_view k_full = "\xE2\x96\x88";
constexpr std::string_view k_eighths[8] = {
    "",
    "\xE2\x96\x8F",  // 1/8
    "\xE2\x96\x8E",  // 2/8
    "\xE2\x96\x8D",  // 3/8
    "\xE2\x96\x8C",  // 4/8
    "\xE2\x96\x8B",  // 5/8
    "\xE2\x96\x8A",  // 6/8
    "\xE2\x96\x89",  // 7/8
};

std::string percent(std::size_t value, std::size_t total) {
  const std::size_t p = (value * 100 + total / 2) / total;
  // A small share rounds to "<1%", never to a misleading "0%".
  return value > 0 && p == 0 ? "<1%" : fmt::format("{}%", p);
}

}  // namespace

std::string bar(std::size_t value, std::size_t max, std::size_t width, bool utf8) {
  if (value == 0 || max == 0 || width == 0) {
    return {};
  }
  const std::size_t steps = utf8 ? 8 : 1;
  std::size_t units = (value * width * steps + max / 2) / max;
  units = std::clamp<std::size_t>(units, 1, width * steps);
  if (!utf8) {
    return std::string(units, '#');
  }
  std::string out;
  for (std::size_t i = 0; i < units / 8; ++i) {
    out += k_full;
  }
  out += k_eighths[units % 8];
  return out;
}

std::string bar_chart(std::string_view title, std::span<const Bar> bars, const ChartLayout& layout,
                      const Style& style) {
  std::size_t label_width = layout.label_width;
  std::size_t max = 0;
  std::size_t value_width = 1;
  for (const Bar& b : bars) {
    label_width = std::max(label_width, text::display_width(b.label));
    max = std::max(max, b.value);
    value_width = std::max(value_width, std::to_string(b.value).size());
  }
  // What follows the bar: " VALUE (100%)".
  const std::size_t tail = 1 + value_width + (layout.total > 0 ? 7 : 0);
  const std::size_t fixed = k_indent.size() + label_width + k_gap.size() + tail;
  const std::size_t bar_width =
      std::clamp(style.width > fixed ? style.width - fixed : 0, k_min_bar_width, k_max_bar_width);

  std::string out = style.paint(title, "1");
  out += '\n';
  for (const Bar& b : bars) {
    out += k_indent;
    out += text::pad_right(b.label, label_width);
    out += k_gap;
    out += style.paint(bar(b.value, max, bar_width, style.utf8), "36");
    out += b.value > 0 ? " " : "";
    out += std::to_string(b.value);
    if (layout.total > 0) {
      out += fmt::format(" ({})", percent(b.value, layout.total));
    }
    out += '\n';
  }
  return out;
}

}  // namespace mllmseg::format
