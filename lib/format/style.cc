#include "format/style.h"

namespace mllmseg::format {

std::string Style::paint(std::string_view text, std::string_view code) const {
  if (!color || text.empty()) {
    return std::string(text);
  }
  std::string out = "\x1b[";
  out += code;
  out += 'm';
  out += text;
  out += "\x1b[0m";
  return out;
}

}  // namespace mllmseg::format
