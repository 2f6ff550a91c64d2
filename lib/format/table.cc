#include "format/table.h"

#include <algorithm>
#include <array>

#include "catalog/person.h"
#include "format/parts.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_min_title_width = 20;
constexpr std::size_t k_min_narrow_title_width = 12;
constexpr std::size_t k_min_name_width = 8;
constexpr std::string_view k_gap = "  ";

// The columns before TITLE (NAME, AUTHORS, VENUE, TASKS, CODE) that are
// shown, the width NAME gets, and what is left for TITLE.
struct Layout {
  std::array<bool, 5> shown{true, true, true, true, true};
  std::size_t name_width = 0;
  std::size_t title_width = 0;
};

// Rows never wrap: while the title would get fewer than k_min_title_width
// columns, AUTHORS goes, then TASKS, then CODE; on a terminal still too narrow
// (40 columns) NAME is cut too, down to k_min_name_width, and the title to
// k_min_narrow_title_width.
Layout fit(const std::array<std::size_t, 5>& width, std::size_t terminal) {
  Layout layout;
  layout.name_width = width[0];
  const auto used = [&] {
    std::size_t sum = 0;
    for (std::size_t c = 0; c < width.size(); ++c) {
      sum += layout.shown[c] ? (c == 0 ? layout.name_width : width[c]) + k_gap.size() : 0;
    }
    return sum;
  };
  for (const std::size_t column : {1U, 3U, 4U}) {
    if (terminal >= used() + k_min_title_width) {
      break;
    }
    layout.shown[column] = false;
  }
  if (terminal < used() + k_min_title_width) {
    const std::size_t others = used() - layout.name_width;
    const std::size_t room =
        terminal > others + k_min_narrow_title_width ? terminal - others - k_min_narrow_title_width : 0;
    layout.name_width = std::clamp(room, std::min(k_min_name_width, width[0]), width[0]);
  }
  layout.title_width =
      terminal > used() + k_min_narrow_title_width ? terminal - used() : k_min_narrow_title_width;
  return layout;
}

}  // namespace

std::string table(const Store& store, std::span<const DocId> ids, const Style& style,
                  const Highlight& highlight) {
  const std::array<std::string_view, 6> headers = {"NAME", "AUTHORS", "VENUE", "TASKS", "CODE", "TITLE"};
  struct Row {
    std::string name, authors, venue, tasks, code, title;
  };
  std::vector<Row> rows;
  rows.reserve(ids.size());
  std::array<std::size_t, 5> width{};
  for (std::size_t c = 0; c < width.size(); ++c) {
    width[c] = headers[c].size();
  }
  for (DocId id : ids) {
    const Paper& p = store.paper(id);
    const std::string authors = short_authors(p.authors);
    Row row{text::one_line(p.name),
            authors.empty() ? "-" : text::one_line(authors),
            text::one_line(p.venue),
            task_list(p.tasks, ","),
            p.code ? (style.utf8 ? "\xE2\x9C\x93" : "yes") : "-",
            text::one_line(p.title)};
    width[0] = std::max(width[0], text::display_width(row.name));
    width[1] = std::max(width[1], text::display_width(row.authors));
    width[2] = std::max(width[2], text::display_width(row.venue));
    width[3] = std::max(width[3], text::display_width(row.tasks));
    rows.push_back(std::move(row));
  }
  const Layout layout = fit(width, style.width);
  width[0] = layout.name_width;
  std::string out;
  std::string header;
  for (std::size_t c = 0; c < width.size(); ++c) {
    if (!layout.shown[c]) {
      continue;
    }
    header += text::pad_right(headers[c], width[c]);
    header += k_gap;
  }
  header += headers[5];
  out += style.paint(header, "1");
  out += '\n';
  for (const Row& row : rows) {
    const std::string name = text::truncate(row.name, width[0], style.ellipsis());
    out += paint_matches(text::pad_right(name, width[0]),
                         find_matches(name, highlight.name_words, MatchMode::anywhere), "1;36", style);
    out += k_gap;
    if (layout.shown[1]) {
      out += text::pad_right(row.authors, width[1]);
      out += k_gap;
    }
    out += style.paint(text::pad_right(row.venue, width[2]), "33");
    out += k_gap;
    if (layout.shown[3]) {
      out += text::pad_right(row.tasks, width[3]);
      out += k_gap;
    }
    if (layout.shown[4]) {
      out += style.paint(text::pad_right(row.code, width[4]), row.code == "-" ? "2" : "32");
      out += k_gap;
    }
    const std::string title = text::truncate(row.title, layout.title_width, style.ellipsis());
    const auto matches = find_matches(title, highlight.title_words, MatchMode::word_prefix);
    out += paint_matches(title, matches, "", style);
    out += '\n';
  }
  return out;
}

std::string tab_separated(const Store& store, std::span<const DocId> ids, const Style& style,
                          const Highlight& highlight, const Flush& flush) {
  std::string out;
  append_in_parts(
      out, ids.size(),
      [&](std::size_t from, std::size_t to, std::string& part) {
        Paper p;
        for (std::size_t i = from; i < to; ++i) {
          store.paper(ids[i], p);
          part += p.key;
          part += '\t';
          const std::string name = text::one_line(p.name);
          part +=
              paint_matches(name, find_matches(name, highlight.name_words, MatchMode::anywhere), "", style);
          part += '\t';
          part += text::one_line(p.venue);
          part += '\t';
          part += task_list(p.tasks, ",");
          part += '\t';
          part += p.code ? text::one_line(*p.code) : std::string();
          part += '\t';
          const std::string title = text::one_line(p.title);
          part += paint_matches(title, find_matches(title, highlight.title_words, MatchMode::word_prefix), "",
                                style);
          part += '\n';
        }
      },
      flush);
  return out;
}

}  // namespace mllmseg::format
