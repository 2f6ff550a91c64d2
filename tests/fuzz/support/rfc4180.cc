#include "support/rfc4180.h"

#include <fmt/format.h>

namespace mllmseg::fuzz {

Result<Rows> read_delimited(std::string_view text, char delimiter, std::string_view line_end) {
  Rows rows;
  std::vector<std::string> row;
  std::size_t i = 0;
  const auto error = [&](std::string_view what) { return Error{fmt::format("offset {}: {}", i, what)}; };
  const auto at_line_end = [&] { return text.substr(i).starts_with(line_end); };
  while (i < text.size()) {
    std::string cell;
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) {
          return error("unterminated quoted cell");
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != delimiter && !at_line_end()) {
        if (text[i] == '"' || text[i] == '\r' || text[i] == '\n') {
          return error("quote or line break in an unquoted cell");
        }
        cell += text[i++];
      }
    }
    row.push_back(std::move(cell));
    if (i < text.size() && text[i] == delimiter) {
      ++i;
      if (i == text.size()) {
        return error("record does not end with the line end");
      }
    } else if (at_line_end()) {
      i += line_end.size();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      return error(i == text.size()
                       ? "record does not end with the line end"
                       : "a quoted cell is followed by something other than a delimiter or line end");
    }
  }
  return rows;
}

}  // namespace mllmseg::fuzz
