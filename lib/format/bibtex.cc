// BibTeX export: @inproceedings for conference papers, @article for journal
// papers, @misc with eprint fields for arXiv preprints. Citation keys are the
// catalog key and the year ("lisa2024"): readable, unique because catalog keys
// are, and stable when the catalog is reordered or grows.
#include <fmt/format.h>

#include "catalog/venue.h"
#include "format/export.h"

namespace mllmseg::format {

namespace {

constexpr std::string_view k_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
      case '{':
      case '}':
        out += '\\';
        out += c;
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
  return out;
}

bool has_inner_capital(std::string_view word) {
  for (std::size_t i = 1; i < word.size(); ++i) {
    if ((word[i] >= 'A' && word[i] <= 'Z') ||
        (word[i] >= '0' && word[i] <= '9' && word[0] >= 'A' && word[0] <= 'Z')) {
      return true;
    }
  }
  return false;
}

// Braces around words whose capitals must survive a bibliography style that
// lowercases titles: acronyms and mixed-case names ({LISA}, {SAM2}, {LLaVA}).
std::string protect_title(std::string_view title) {
  std::string out;
  std::size_t i = 0;
  while (i < title.size()) {
    const std::size_t start = i;
    while (i < title.size() && title[i] != ' ' && title[i] != ':' && title[i] != ',') {
      ++i;
    }
    const std::string_view word = title.substr(start, i - start);
    const std::string escaped = escape(word);
    out += has_inner_capital(word) ? "{" + escaped + "}" : escaped;
    if (i < title.size()) {
      out += title[i++];
    }
  }
  return out;
}

}  // namespace

std::string render_bibtex(const Store& store, std::span<const DocId> ids) {
  std::string out;
  for (DocId id : ids) {
    const Paper& p = store.paper(id);
    const VenueInfo venue = venue_info(store.series_of(id));
    const std::string_view type = venue.kind == VenueKind::preprint  ? "misc"
                                  : venue.kind == VenueKind::journal ? "article"
                                                                     : "inproceedings";
    if (!out.empty()) {
      out += '\n';
    }
    out += fmt::format("@{}{{{}{},\n", type, p.key, p.year);
    const auto field = [&](std::string_view name, std::string_view value) {
      out += fmt::format("  {:<13} = {{{}}},\n", name, value);
    };
    field("title", protect_title(p.title));
    if (!p.authors.empty()) {
      std::string authors;
      for (const auto& a : p.authors) {
        authors += authors.empty() ? "" : " and ";
        authors += escape(a);
      }
      field("author", authors);
    }
    if (venue.kind == VenueKind::conference) {
      field("booktitle", escape(venue.full_name));
    } else if (venue.kind == VenueKind::journal) {
      field("journal", escape(venue.full_name));
    }
    field("year", std::to_string(p.year));
    if (p.month) {
      out += fmt::format("  {:<13} = {},\n", "month", k_months[*p.month - 1]);
    }
    if (p.doi) {
      field("doi", *p.doi);
    }
    if (p.arxiv) {
      field("eprint", *p.arxiv);
      field("archiveprefix", "arXiv");
    }
    field("url", p.pdf);
    out += "}\n";
  }
  return out;
}

}  // namespace mllmseg::format
