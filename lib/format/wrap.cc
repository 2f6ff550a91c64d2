#include "format/wrap.h"

#include "util/text.h"

namespace mllmseg::format {

std::string wrap_hanging(std::string_view text, std::size_t width, std::size_t indent) {
  // Too narrow to wrap into anything readable: leave it to the terminal.
  if (width < indent + 20) {
    return std::string(text);
  }
  const std::size_t room = width - indent;
  std::string out;
  std::size_t used = 0;
  while (!text.empty()) {
    const std::size_t start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) {
      break;
    }
    text.remove_prefix(start);
    const std::size_t end = std::min(text.find(' '), text.size());
    const std::string_view word = text.substr(0, end);
    text.remove_prefix(end);
    const std::size_t w = text::display_width(word);
    if (used > 0 && used + 1 + w > room) {
      out += '\n';
      out.append(indent, ' ');
      used = 0;
    } else if (used > 0) {
      out += ' ';
      ++used;
    }
    out += word;
    used += w;
  }
  return out;
}

}  // namespace mllmseg::format
