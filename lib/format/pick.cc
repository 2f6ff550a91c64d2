#include "format/pick.h"

#include <algorithm>
#include <array>
#include <vector>

#include "catalog/person.h"
#include "catalog/task.h"
#include "term/picker.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

// The fields after the key: name, venue, tasks (these padded), title, authors.
constexpr std::size_t k_padded = 3;

struct Row {
  std::string key;
  std::array<std::string, 5> fields;
};

Row row_of(const Paper& p) {
  return {text::one_line(p.key),
          {text::one_line(p.name), text::one_line(p.venue), task_list(p.tasks, ","), text::one_line(p.title),
           text::one_line(short_authors(p.authors))}};
}

}  // namespace

std::string pick_lines(const Store& store, std::span<const DocId> ids) {
  std::vector<Row> rows;
  rows.reserve(ids.size());
  std::array<std::size_t, k_padded> widths{};
  for (DocId id : ids) {
    rows.push_back(row_of(store.paper(id)));
    for (std::size_t i = 0; i < k_padded; ++i) {
      widths[i] =
          std::max(widths[i], std::min(text::display_width(rows.back().fields[i]), k_pick_column_cap));
    }
  }
  std::string out;
  for (const Row& row : rows) {
    out += row.key;
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      out += term::k_pick_separator;
      out += i < k_padded ? text::pad_right(row.fields[i], widths[i]) : row.fields[i];
    }
    out += '\n';
  }
  return out;
}

}  // namespace mllmseg::format
