// CSV export, RFC 4180: a header row, fields quoted when they hold a comma,
// quote or line break, CRLF line ends.
#include "format/export.h"

namespace mllmseg::format {

namespace {

void field(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
}

}  // namespace

std::string render_csv(const Store& store, std::span<const DocId> ids) {
  std::string out = "key,name,title,venue,year,tasks,arxiv,pdf,code\r\n";
  for (DocId id : ids) {
    const Paper& p = store.paper(id);
    const std::string year = std::to_string(p.year);
    const std::string tasks = task_list(p.tasks, ";");
    const std::string arxiv = p.arxiv.value_or("");
    const std::string code = p.code.value_or("");
    const std::string_view values[] = {p.key, p.name, p.title, p.venue, year, tasks, arxiv, p.pdf, code};
    for (std::size_t i = 0; i < std::size(values); ++i) {
      if (i > 0) {
        out += ',';
      }
      field(out, values[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace mllmseg::format
