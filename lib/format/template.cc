#include "format/template.h"

#include <fmt/format.h>
#include <algorithm>
#include <optional>

#include "format/bibliography.h"
#include "format/export.h"
#include "format/parts.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr TemplateField k_fields[] = {
    {"key", "the paper's key: lisa"},
    {"name", "its short name: LISA"},
    {"title", "the title"},
    {"venue", "the venue as the list writes it: CVPR'24, ArXiv'2403"},
    {"series", "the venue series: CVPR, ArXiv"},
    {"year", "the year: 2024"},
    {"month", "the month, 1 to 12 (empty when unknown)"},
    {"tasks", "task ids, comma-separated: res,video"},
    {"arxiv", "the arXiv id: 2308.00692 (empty when none)"},
    {"doi", "the DOI (empty when none)"},
    {"listed", "the day the paper joined the list: 2025-01-09 (empty when unknown)"},
    {"pdf", "the paper's link (empty when the list gives none)"},
    {"code", "the code repository (empty when none)"},
    {"project", "the project page (empty when none)"},
    {"authors", "the authors, comma-separated (empty when not recorded)"},
    {"abstract", "the abstract, on one line (empty when not recorded)"},
};

std::vector<std::string> field_names() {
  std::vector<std::string> names;
  for (const auto& f : k_fields) {
    names.emplace_back(f.name);
  }
  return names;
}

// The field's value; key, name, title and venue are read without
// unpacking the paper (into head, on first need), the rest from paper,
// unpacked on first need.
std::string value_of(std::string_view field, const Store& store, DocId id,
                     std::optional<PaperTable::Head>& head, std::optional<Paper>& paper) {
  if (field == "key" || field == "name" || field == "title" || field == "venue") {
    // One copy a thread, reused from paper to paper.
    thread_local std::string copy;
    if (!head) {
      head = store.head(id, copy);
    }
    return std::string(field == "key"     ? head->key
                       : field == "name"  ? head->name
                       : field == "title" ? head->title
                                          : head->venue);
  }
  if (field == "series") return store.series_of(id);
  if (!paper) {
    paper = store.paper(id);
  }
  const Paper& p = *paper;
  const auto optional = [](const std::optional<std::string>& v) { return v.value_or(""); };
  if (field == "year") return std::to_string(p.year);
  if (field == "month") return p.month ? std::to_string(*p.month) : std::string();
  if (field == "tasks") return task_list(p.tasks, ",");
  if (field == "arxiv") return optional(p.arxiv);
  if (field == "doi") return optional(p.doi);
  if (field == "listed") return optional(p.listed);
  if (field == "pdf") return p.pdf;
  if (field == "code") return optional(p.code);
  if (field == "project") return optional(p.project);
  if (field == "authors") return text::join(p.authors, ", ");
  return optional(p.abstract);
}

// Why a template with no field is refused: every paper would print the same
// line. A format name given as a template ('bibtex') is pointed at export.
std::string no_field_error(std::string_view text) {
  const std::string name = text::to_lower(text::trim(text));
  const auto is = [&name](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  if (is(bibliography_format_names())) {
    return fmt::format("'{}' has no {{field}}; for a bibliography use 'mllmseg export --format {}'", text,
                       name);
  }
  if (is(export_format_names())) {
    return fmt::format("'{}' has no {{field}}; for {} use 'mllmseg export --format {}'", text, name, name);
  }
  return fmt::format("'{}' has no {{field}}, so every paper would print the same line (fields: {})", text,
                     text::join(field_names(), ", "));
}

}  // namespace

std::span<const TemplateField> template_fields() { return k_fields; }

Result<Template> Template::parse(std::string_view text) {
  Template t;
  std::string literal;
  const auto flush = [&] {
    if (!literal.empty()) {
      t.m_pieces.push_back({std::move(literal), -1});
      literal.clear();
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const std::size_t column = i + 1;
    if (c == '\\') {
      const char next = i + 1 < text.size() ? text[i + 1] : '\0';
      if (next == 't' || next == 'n' || next == '\\') {
        literal += next == 't' ? '\t' : next == 'n' ? '\n' : '\\';
        ++i;
        continue;
      }
      return Error{fmt::format("unknown escape '\\{}' at column {} (known: \\t, \\n, \\\\)",
                               next == '\0' ? std::string() : std::string(1, next), column)};
    }
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      return Error{fmt::format("unmatched '}}' at column {} (write '}}}}' for a brace)", column)};
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    const std::size_t close = text.find('}', i + 1);
    if (close == std::string_view::npos) {
      return Error{fmt::format("unclosed '{{' at column {} (write '{{{{' for a brace)", column)};
    }
    const std::string name = text::to_lower(text::trim(text.substr(i + 1, close - i - 1)));
    const auto* found = std::find_if(std::begin(k_fields), std::end(k_fields),
                                     [&](const TemplateField& f) { return f.name == name; });
    if (found == std::end(k_fields)) {
      std::string message = fmt::format("unknown field '{{{}}}'", text.substr(i + 1, close - i - 1));
      if (auto guess = text::closest(name, field_names())) {
        message += fmt::format("; did you mean '{{{}}}'?", *guess);
      }
      message += fmt::format(" (known: {})", text::join(field_names(), ", "));
      return Error{message};
    }
    flush();
    t.m_pieces.push_back({{}, static_cast<int>(found - std::begin(k_fields))});
    i = close;
  }
  flush();
  if (std::none_of(t.m_pieces.begin(), t.m_pieces.end(), [](const Piece& p) { return p.field >= 0; })) {
    return Error{no_field_error(text)};
  }
  return t;
}

std::string Template::render(const Store& store, DocId id) const {
  std::string out;
  std::optional<PaperTable::Head> head;
  std::optional<Paper> paper;
  for (const Piece& piece : m_pieces) {
    if (piece.field < 0) {
      out += piece.literal;
    } else {
      out += text::one_line(
          value_of(k_fields[static_cast<std::size_t>(piece.field)].name, store, id, head, paper));
    }
  }
  return out;
}

std::string render_all(const Template& tmpl, const Store& store, std::span<const DocId> ids,
                       const Flush& flush) {
  std::string out;
  append_in_parts(
      out, ids.size(),
      [&](std::size_t from, std::size_t to, std::string& part) {
        for (std::size_t i = from; i < to; ++i) {
          part += tmpl.render(store, ids[i]);
          part += '\n';
        }
      },
      flush);
  return out;
}

}  // namespace mllmseg::format
