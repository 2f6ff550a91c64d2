#include "importer/entry_line.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

#include "importer/links.h"
#include "importer/unescape.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The end of the HTML tag that starts at open ('>' outside quoted attribute
// values), or npos.
std::size_t tag_end(std::string_view s, std::size_t open) {
  char quote = 0;
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (quote != 0) {
      quote = s[i] == quote ? 0 : quote;
    } else if (s[i] == '"' || s[i] == '\'') {
      quote = s[i];
    } else if (s[i] == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Index of the bracket that closes the one at open (same kind, nesting and
// backslash escapes respected), or npos.
std::size_t closing(std::string_view s, std::size_t open, char left, char right) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == left) {
      ++depth;
    } else if (s[i] == right && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

struct Cell {
  std::size_t begin;  // offsets into the line
  std::size_t end;
};

// The '|'-separated cells of s from offset from; a '|' escaped, or inside a
// link's (URL), does not separate.
std::vector<Cell> cells_of(std::string_view s, std::size_t from) {
  std::vector<Cell> cells;
  std::size_t begin = from;
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '(' && i > 0 && s[i - 1] == ']') {
      const std::size_t close = closing(s, i, '(', ')');
      i = close == std::string_view::npos ? s.size() : close;
    } else if (s[i] == '|') {
      cells.push_back({begin, i});
      begin = i + 1;
    }
  }
  cells.push_back({begin, s.size()});
  return cells;
}

std::string_view strip_pair(std::string_view s, std::string_view marker) {
  if (s.size() >= 2 * marker.size() && s.starts_with(marker) && s.ends_with(marker)) {
    s.remove_prefix(marker.size());
    s.remove_suffix(marker.size());
  }
  return s;
}

std::string_view strip_emphasis(std::string_view s) {
  s = text::trim(s);
  for (std::string_view marker : {"**", "__", "*", "_"}) {
    s = strip_pair(s, marker);
  }
  return s;
}

std::optional<std::string> span_id(std::string_view cell) {
  const auto span = cell.find("<span");
  if (span == std::string_view::npos) {
    return std::nullopt;
  }
  const auto close = tag_end(cell, span);
  std::string_view attributes =
      cell.substr(span + 5, close == std::string_view::npos ? close : close - span - 5);
  for (auto at = attributes.find("id"); at != std::string_view::npos; at = attributes.find("id", at + 1)) {
    if (at > 0 && !is_space(attributes[at - 1])) {
      continue;
    }
    std::string_view rest = text::trim(attributes.substr(at + 2));
    if (!rest.starts_with('=')) {
      continue;
    }
    rest = text::trim(rest.substr(1));
    if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
      const auto end = rest.find(rest.front(), 1);
      return decode_attribute(rest.substr(1, end == std::string_view::npos ? end : end - 1));
    }
    return decode_attribute(rest.substr(0, rest.find_first_of(" \t/")));
  }
  return std::nullopt;
}

// The cell's text with its HTML tags (<span ...>, </span>) removed.
std::string without_tags(std::string_view cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const bool tag = cell[i] == '<' && i + 1 < cell.size() &&
                     (cell[i + 1] == '/' || (cell[i + 1] >= 'a' && cell[i + 1] <= 'z'));
    const auto end = tag ? tag_end(cell, i) : std::string_view::npos;
    if (end != std::string_view::npos) {
      i = end;
    } else {
      out += cell[i];
    }
  }
  return out;
}

// The name between the brackets of "**[NAME]**" (or the bold or plain text
// when there are none); what follows the brackets goes to ignored.
Result<std::string> name_of(std::string_view cell, std::vector<std::string>& ignored) {
  const std::string bare = without_tags(cell);
  std::string_view name = strip_emphasis(bare);
  if (name.starts_with('[')) {
    const std::size_t close = closing(name, 0, '[', ']');
    if (close != std::string_view::npos) {
      if (const std::string_view rest = text::trim(name.substr(close + 1)); !rest.empty()) {
        ignored.push_back(std::string(rest));
      }
      name = name.substr(1, close - 1);
    }
  }
  if (text::trim(name).empty()) {
    return Error{"no name"};
  }
  return unescape(name);
}

struct Link {
  std::string label;  // lowercase, without backticks, brackets and emphasis
  std::string url;
};

// The links of a cell, and whatever other text it holds.
std::vector<Link> links_of(std::string_view cell, std::string& other) {
  std::vector<Link> links;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const std::size_t close = cell[i] == '[' ? closing(cell, i, '[', ']') : std::string_view::npos;
    if (close != std::string_view::npos && close + 1 < cell.size() && cell[close + 1] == '(') {
      const std::size_t end = closing(cell, close + 1, '(', ')');
      if (end != std::string_view::npos) {
        std::string label;
        for (char c : cell.substr(i + 1, close - i - 1)) {
          if (c != '`' && c != '[' && c != ']' && c != '*' && c != '_') {
            label += c;
          }
        }
        std::string_view url = text::trim(cell.substr(close + 2, end - close - 2));
        url = url.substr(0, url.find_first_of(" \t"));
        if (url.starts_with('<') && url.ends_with('>')) {
          url = url.substr(1, url.size() - 2);
        }
        links.push_back({text::to_lower(text::trim(label)), link_form(url)});
        i = end;
        continue;
      }
    }
    other += cell[i];
  }
  return links;
}

bool label_has(const std::string& label, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (label.find(word) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<int> item_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) {
    ++i;
  }
  const std::size_t start = i;
  while (i < line.size() && is_digit(line[i])) {
    ++i;
  }
  // CommonMark allows up to nine digits (999,999,999 fits an int).
  if (i == start || i - start > 9 || i >= line.size() || (line[i] != '.' && line[i] != ')')) {
    return std::nullopt;
  }
  const std::size_t after = i + 1;
  if (after < line.size() && !is_space(line[after]) && line[after] != '<' && line[after] != '*' &&
      line[after] != '[') {
    return std::nullopt;
  }
  return std::stoi(std::string(line.substr(start, i - start)));
}

bool looks_like_entry(std::string_view line) {
  return line.find("<span") != std::string_view::npos || line.find("**[") != std::string_view::npos ||
         line.find("](http") != std::string_view::npos;
}

bool is_entry_line(std::string_view line) {
  return item_number(line) || (looks_like_entry(line) && line.find("](") != std::string_view::npos);
}

Result<EntryLine> parse_entry_line(std::string_view line) {
  const auto number = item_number(line);
  if (!number) {
    return Error{"not a numbered item"};
  }
  EntryLine entry;
  entry.number = *number;
  const std::size_t body = line.find_first_of(".)") + 1;
  std::vector<Cell> cells = cells_of(line, body);
  const auto raw = [&](const Cell& c) { return line.substr(c.begin, c.end - c.begin); };
  while (cells.size() > 1 && text::trim(raw(cells.back())).empty()) {
    cells.pop_back();
  }
  std::size_t content_end = cells.back().end;
  while (content_end > cells.back().begin && is_space(line[content_end - 1])) {
    --content_end;
  }
  const auto starts_link = [&](const Cell& c) {
    const std::string_view t = text::trim(raw(c));
    return t.starts_with('[') && t.find("](") != std::string_view::npos;
  };
  std::size_t first_link = 2;
  while (first_link < cells.size() && !starts_link(cells[first_link])) {
    ++first_link;
  }
  if (cells.size() < 2 || text::trim(raw(cells[1])).empty()) {
    return Error{"no venue (expected NAME | VENUE | TITLE | [pdf](URL))"};
  }
  if (cells.size() < 3) {
    return Error{"no title (expected NAME | VENUE | TITLE | [pdf](URL))"};
  }
  if (first_link == 2) {
    return Error{"no title between the venue and the links"};
  }

  entry.id = span_id(raw(cells[0]));
  auto name = name_of(raw(cells[0]), entry.ignored);
  if (!name) {
    return Error{name.error()};
  }
  entry.name = std::move(*name);
  entry.venue = std::string(text::trim(unescape(strip_emphasis(raw(cells[1])))));
  if (entry.venue.empty()) {
    return Error{"no venue"};
  }

  const std::size_t title_begin = cells[2].begin;
  std::size_t title_end = cells[first_link - 1].end;
  while (title_end > title_begin && is_space(line[title_end - 1])) {
    --title_end;
  }
  entry.title = std::string(text::trim(unescape(line.substr(title_begin, title_end - title_begin))));
  if (entry.title.empty()) {
    return Error{"no title"};
  }
  if (first_link == cells.size()) {
    // No link at all: still a paper, with what the entry has.
    if (const std::string_view rest = line.substr(title_end); !rest.empty()) {
      entry.after_links = std::string(rest);
    }
    return entry;
  }
  std::size_t link_begin = cells[first_link].begin;
  while (is_space(line[link_begin])) {
    ++link_begin;
  }
  if (const std::string_view between = line.substr(title_end, link_begin - title_end); between != " | ") {
    entry.after_title = std::string(between);
  }

  bool have_pdf = false;
  for (std::size_t c = first_link; c < cells.size(); ++c) {
    std::string other;
    for (Link& link : links_of(raw(cells[c]), other)) {
      if (!have_pdf && label_has(link.label, {"pdf", "paper", "arxiv"})) {
        entry.pdf = std::move(link.url);
        have_pdf = true;
      } else if (!entry.code && !link.url.empty() &&
                 label_has(link.label, {"code", "github", "gitlab", "repo", "project", "page"})) {
        entry.code = std::move(link.url);
      } else {
        entry.ignored.push_back(fmt::format("[{}]({})", link.label, link.url));
      }
    }
    if (const std::string_view rest = text::trim(other); !rest.empty()) {
      entry.ignored.push_back(std::string(rest));
    }
  }
  // The text after the last cell (" |" where a cell was left empty), kept
  // so that the markdown export can write the line back as it was.
  if (const std::string_view rest = line.substr(content_end); !rest.empty()) {
    entry.after_links = std::string(rest);
  }
  if (!have_pdf) {
    entry.pdf.clear();
  }
  if (!have_pdf && !entry.code) {
    // No link was read: what stands between the title and the text that
    // was meant as one has no place (the export writes no link after it).
    entry.after_title.reset();
  }
  return entry;
}

}  // namespace mllmseg::importer
