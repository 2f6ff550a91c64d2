#pragma once
// How output for people looks on this terminal: its width, whether it takes
// colour and UTF-8. Pipes get none of it.

#include <cstddef>
#include <string>
#include <string_view>

namespace mllmseg::format {

struct Style {
  std::size_t width = 80;
  bool color = false;
  bool utf8 = true;
  bool wrap = false;  // word-wrap long values at width (show, on a terminal)

  // text wrapped in the ANSI SGR sequence code ("1" bold, "36" cyan ...) when
  // colour is on.
  std::string paint(std::string_view text, std::string_view code) const;
  std::string_view ellipsis() const { return utf8 ? "\xE2\x80\xA6" : "..."; }
};

}  // namespace mllmseg::format
