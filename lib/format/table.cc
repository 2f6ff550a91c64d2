#include "format/table.h"

#include <algorithm>
#include <array>

#include "catalog/person.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_min_title_width = 20;
constexpr std::string_view k_gap = "  ";

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
  std::size_t used = 0;
  for (std::size_t w : width) {
    used += w + k_gap.size();
  }
  // Rows must not wrap: when the title would get fewer than k_min_title_width
  // columns, the AUTHORS column goes if that makes room (80 columns, say).
  const std::size_t authors_used = width[1] + k_gap.size();
  const bool show_authors =
      style.width >= used + k_min_title_width || style.width < used - authors_used + k_min_title_width;
  used -= show_authors ? 0 : authors_used;
  const std::size_t title_width =
      style.width > used + k_min_title_width ? style.width - used : k_min_title_width;

  std::string out;
  std::string header;
  for (std::size_t c = 0; c < width.size(); ++c) {
    if (c == 1 && !show_authors) {
      continue;
    }
    header += text::pad_right(headers[c], width[c]);
    header += k_gap;
  }
  header += headers[5];
  out += style.paint(header, "1");
  out += '\n';
  for (const Row& row : rows) {
    out += paint_matches(text::pad_right(row.name, width[0]),
                         find_matches(row.name, highlight.name_words, MatchMode::anywhere), "1;36", style);
    out += k_gap;
    if (show_authors) {
      out += text::pad_right(row.authors, width[1]);
      out += k_gap;
    }
    out += style.paint(text::pad_right(row.venue, width[2]), "33");
    out += k_gap;
    out += text::pad_right(row.tasks, width[3]);
    out += k_gap;
    out += style.paint(text::pad_right(row.code, width[4]), row.code == "-" ? "2" : "32");
    out += k_gap;
    const std::string title = text::truncate(row.title, title_width, style.ellipsis());
    const auto matches = find_matches(title, highlight.title_words, MatchMode::word_prefix);
    out += paint_matches(title, matches, "", style);
    out += '\n';
  }
  return out;
}

std::string tab_separated(const Store& store, std::span<const DocId> ids) {
  std::string out;
  for (DocId id : ids) {
    const Paper& p = store.paper(id);
    out += p.key;
    out += '\t';
    out += text::one_line(p.name);
    out += '\t';
    out += text::one_line(p.venue);
    out += '\t';
    out += task_list(p.tasks, ",");
    out += '\t';
    out += p.code ? text::one_line(*p.code) : std::string();
    out += '\t';
    out += text::one_line(p.title);
    out += '\n';
  }
  return out;
}

}  // namespace mllmseg::format
