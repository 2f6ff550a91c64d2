#include "format/delimited.h"

#include "format/parts.h"

namespace mllmseg::format {

namespace {

constexpr std::string_view k_columns[] = {"key",   "name", "title", "venue",   "year", "tasks",
                                          "arxiv", "pdf",  "code",  "authors", "doi",  "abstract"};

void cell(std::string& out, std::string_view value, char delimiter) {
  const bool formula =
      !value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos;
  const char specials[] = {delimiter, '"', '\r', '\n', '\0'};
  const bool quoted = value.find_first_of(specials) != std::string_view::npos;
  if (quoted) {
    out += '"';
  }
  if (formula) {
    out += '\'';
  }
  for (char c : value) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  if (quoted) {
    out += '"';
  }
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += sep;
    }
    out += item;
  }
  return out;
}

}  // namespace

std::string delimited_table(const Store& store, std::span<const DocId> ids, char delimiter,
                            std::string_view line_end) {
  std::string out;
  for (std::size_t i = 0; i < std::size(k_columns); ++i) {
    if (i > 0) {
      out += delimiter;
    }
    out += k_columns[i];
  }
  out += line_end;
  append_in_parts(out, ids.size(), [&](std::size_t from, std::size_t to, std::string& part) {
    Paper p;
    for (std::size_t n = from; n < to; ++n) {
      store.paper(ids[n], p);
      const std::string values[] = {p.key,
                                    p.name,
                                    p.title,
                                    p.venue,
                                    std::to_string(p.year),
                                    task_list(p.tasks, ";"),
                                    p.arxiv.value_or(""),
                                    p.pdf,
                                    p.code.value_or(""),
                                    joined(p.authors, "; "),
                                    p.doi.value_or(""),
                                    p.abstract.value_or("")};
      static_assert(std::size(values) == std::size(k_columns));
      for (std::size_t i = 0; i < std::size(values); ++i) {
        if (i > 0) {
          part += delimiter;
        }
        cell(part, values[i], delimiter);
      }
      part += line_end;
    }
  });
  return out;
}

}  // namespace mllmseg::format
