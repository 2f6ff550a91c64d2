#include "term/pager.h"

#include "util/text.h"

namespace mllmseg::term {

namespace {

std::size_t visible_width(std::string_view line) {
  std::string plain;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
      const std::size_t end = line.find('m', i + 2);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    plain += line[i];
  }
  return text::display_width(plain);
}

}  // namespace

std::optional<std::string> pager_command(const char* mllmseg_pager, const char* pager) {
  const char* chosen = mllmseg_pager != nullptr ? mllmseg_pager : pager;
  if (chosen == nullptr) {
    return std::string(k_default_pager);
  }
  const std::string_view command = text::trim(chosen);
  if (command.empty() || command == "cat") {
    return std::nullopt;
  }
  return std::string(command);
}

std::size_t screen_rows(std::string_view text, std::size_t columns) {
  std::size_t rows = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    const std::size_t width = visible_width(line);
    rows += columns == 0 || width == 0 ? 1 : (width + columns - 1) / columns;
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  }
  return rows;
}

bool needs_pager(std::string_view text, std::size_t rows, std::size_t columns) {
  return rows > 0 && screen_rows(text, columns) + 1 > rows;
}

}  // namespace mllmseg::term
