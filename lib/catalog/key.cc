#include "catalog/key.h"

#include "util/text.h"

namespace mllmseg {

std::string slug(std::string_view name) {
  std::string out;
  bool gap = false;
  for (char c : text::to_lower(name)) {
    c = c == '+' ? 'p' : c;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && !out.empty()) {
        out += '-';
      }
      out += c;
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

}  // namespace mllmseg
