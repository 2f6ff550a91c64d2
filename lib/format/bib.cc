#include "format/bib.h"

#include <fmt/format.h>

#include "catalog/person.h"
#include "format/capitals.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool braces_pair_up(std::string_view s) {
  int depth = 0;
  for (char c : s) {
    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (depth < 0) {
      return false;
    }
  }
  return depth == 0;
}

void escape_into(std::string& out, std::string_view s, bool plain_braces) {
  for (char c : s) {
    switch (c) {
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      case '{':
        out += plain_braces ? "\\{" : "\\textbraceleft{}";
        break;
      case '}':
        out += plain_braces ? "\\}" : "\\textbraceright{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      default:
        out += c;
    }
  }
}

bool has_word_and(std::string_view s) {
  for (std::string_view w : text::split_words(s)) {
    if (w.size() == 3 && (w[0] | 0x20) == 'a' && (w[1] | 0x20) == 'n' && (w[2] | 0x20) == 'd') {
      return true;
    }
  }
  return false;
}

std::string name_part(std::string_view part) {
  std::string escaped = tex_escape(part);
  if (part.find(',') != std::string_view::npos || has_word_and(part)) {
    return "{" + escaped + "}";
  }
  return escaped;
}

}  // namespace

std::string tex_escape(std::string_view s) {
  const bool plain_braces = braces_pair_up(s);
  std::string out;
  for (std::string_view word : text::split_words(s)) {
    if (!out.empty()) {
      out += ' ';
    }
    escape_into(out, word, plain_braces);
  }
  return out;
}

std::string tex_title(std::string_view title, std::string_view name) {
  const bool plain_braces = braces_pair_up(title);
  return protect_capitals(
      title,
      [&](std::string_view s) {
        std::string out;
        escape_into(out, s, plain_braces);
        return out;
      },
      "{", "}", name);
}

std::string bib_authors(const std::vector<std::string>& authors) {
  std::string out;
  for (const auto& author : authors) {
    const PersonName name = split_person_name(author);
    if (name.family.empty()) {
      continue;
    }
    if (!out.empty()) {
      out += " and ";
    }
    out += name_part(name.family);
    if (!name.given.empty()) {
      out += ", " + name_part(name.given);
    }
  }
  return out;
}

std::string bib_url(std::string_view url) {
  std::string out;
  for (char c : url) {
    if (c == '{' || c == '}' || c == '\\' || is_space(c)) {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

std::string bib_entry(std::string_view type, std::string_view key, const std::vector<BibField>& fields,
                      std::size_t width) {
  std::string out = fmt::format("@{}{{{},\n", type, key);
  for (const auto& field : fields) {
    if (field.braced) {
      out += fmt::format("  {:<{}} = {{{}}},\n", field.name, width, field.value);
    } else {
      out += fmt::format("  {:<{}} = {},\n", field.name, width, field.value);
    }
  }
  out += "}\n";
  return out;
}

void add_link_fields(const Paper& p, std::string_view eprint_field, std::string_view eprint_value,
                     std::vector<BibField>& fields) {
  if (p.doi) {
    fields.push_back({"doi", bib_url(*p.doi)});
  }
  if (p.arxiv) {
    fields.push_back({"eprint", tex_escape(*p.arxiv)});
    fields.push_back({eprint_field, std::string(eprint_value)});
  }
  fields.push_back({"url", bib_url(p.pdf)});
  if (p.abstract) {
    fields.push_back({"abstract", tex_escape(*p.abstract)});
  }
}

std::string bib_entries(const Store& store, std::span<const BibItem> items,
                        std::string (*make_entry)(const BibSource&)) {
  std::string out;
  for (const BibItem& item : items) {
    if (!out.empty()) {
      out += '\n';
    }
    out += make_entry(
        BibSource{store.paper(item.id), venue_info(store.series_of(item.id)), item.key, item.aliases});
  }
  return out;
}

}  // namespace mllmseg::format
