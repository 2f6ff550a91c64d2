#include "format/wrap.h"

#include "util/text.h"

namespace mllmseg::format {

namespace {

// Where to cut a word wider than room columns: after the last '/' in its
// second half that fits, else the last of ? & = - _ ., else as much as fits;
// never inside a UTF-8 sequence, and always after at least one character.
std::size_t cut_point(std::string_view word, std::size_t room) {
  std::size_t fits = 0;
  for (std::size_t i = 1; i <= word.size(); ++i) {
    const bool boundary = i == word.size() || (static_cast<unsigned char>(word[i]) & 0xC0U) != 0x80U;
    if (!boundary) {
      continue;
    }
    if (text::display_width(word.substr(0, i)) > room) {
      break;
    }
    fits = i;
  }
  if (fits == 0) {
    std::size_t one = 1;
    while (one < word.size() && (static_cast<unsigned char>(word[one]) & 0xC0U) == 0x80U) {
      ++one;
    }
    return one;
  }
  for (const std::string_view marks : {"/", "?&=-_."}) {
    const std::size_t mark = word.substr(0, fits).find_last_of(marks);
    if (mark != std::string_view::npos && mark + 1 > fits / 2) {
      return mark + 1;
    }
  }
  return fits;
}

}  // namespace

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
    std::size_t w = text::display_width(word);
    if (w > room) {
      // A word longer than a line (a URL) is cut into lines of its own, which
      // keep the indent rather than run on from the terminal's left edge.
      if (used > 0) {
        out += '\n';
        out.append(indent, ' ');
      }
      std::string_view rest = word;
      while (text::display_width(rest) > room) {
        const std::size_t cut = cut_point(rest, room);
        out += rest.substr(0, cut);
        out += '\n';
        out.append(indent, ' ');
        rest.remove_prefix(cut);
      }
      out += rest;
      used = text::display_width(rest);
      continue;
    }
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
