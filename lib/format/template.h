#pragma once
// --format templates for list and search: text with {field} placeholders,
// one line a paper ('{key}\t{venue}\t{title}'). Escapes: \t, \n, \\; braces
// are written {{ and }}.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format/flush.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg::format {

struct TemplateField {
  std::string_view name;
  std::string_view description;
};

// Every field a template may name, in the order help text lists them.
std::span<const TemplateField> template_fields();

class Template {
 public:
  // An unknown field is an error that lists the known ones; so is a template
  // with no field at all, which points a format name ('bibtex') at export.
  static Result<Template> parse(std::string_view text);

  // The template filled in for one paper. Absent values are empty; tabs and
  // line breaks inside values become spaces, so a paper stays on its line.
  std::string render(const Store& store, DocId id) const;

 private:
  struct Piece {
    std::string literal;
    int field = -1;  // index into template_fields(), or -1 for literal text
  };
  std::vector<Piece> m_pieces;
};

// Each paper through the template, each followed by a newline; with flush,
// handed to it as it is made (format/flush.h).
std::string render_all(const Template& tmpl, const Store& store, std::span<const DocId> ids,
                       const Flush& flush = {});

}  // namespace mllmseg::format
