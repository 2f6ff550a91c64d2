#include "cite/aux.h"
#include "util/text.h"

#include <string>

namespace mllmseg::cite {

namespace {

// The brace group at the start of s (braces nest), its inside in group and
// s moved past it; false when s does not start with a whole group.
bool take_group(std::string_view& s, std::string_view& group) {
  if (s.empty() || s.front() != '{') {
    return false;
  }
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    depth += s[i] == '{' ? 1 : s[i] == '}' ? -1 : 0;
    if (depth == 0) {
      group = s.substr(1, i - 1);
      s.remove_prefix(i + 1);
      return true;
    }
  }
  return false;
}

void add_key(std::vector<Mention>& found, std::string_view key, std::size_t line) {
  key = text::trim(key);
  if (!key.empty()) {
    found.push_back({Mention::Kind::key, std::string(key), line});
  }
}

}  // namespace

std::vector<Mention> scan_aux(std::string_view text) {
  std::vector<Mention> found;
  std::size_t line = 0;
  while (!text.empty()) {
    ++line;
    const std::size_t end = text.find('\n');
    std::string_view rest = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    for (std::size_t at = rest.find('\\'); at != std::string_view::npos; at = rest.find('\\')) {
      rest.remove_prefix(at);
      std::string_view group;
      if (rest.starts_with("\\citation")) {
        rest.remove_prefix(9);
        if (take_group(rest, group)) {
          for (std::size_t comma = group.find(','); comma != std::string_view::npos;
               comma = group.find(',')) {
            add_key(found, group.substr(0, comma), line);
            group.remove_prefix(comma + 1);
          }
          add_key(found, group, line);
        }
      } else if (rest.starts_with("\\abx@aux@cite")) {
        rest.remove_prefix(13);
        if (take_group(rest, group)) {
          std::string_view key = group;
          if (take_group(rest, group)) {  // \abx@aux@cite{refsection}{key}
            key = group;
          }
          add_key(found, key, line);
        }
      } else if (rest.starts_with("\\@input")) {
        rest.remove_prefix(7);
        if (take_group(rest, group) && !text::trim(group).empty()) {
          found.push_back({Mention::Kind::file, std::string(text::trim(group)), line});
        }
      } else {
        rest.remove_prefix(1);
      }
    }
  }
  return found;
}

}  // namespace mllmseg::cite
