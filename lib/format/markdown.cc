// Markdown export in the list's own format: a title, the list's own text
// around the entries (the catalog's preamble and epilogue), the sections as
// headings, and under each a numbered entry per paper with its anchor id,
// name, venue, title, pdf and code links (a project page, for a paper without
// code, in the code cell, as the list writes it). Exporting the whole catalog
// gives back the list, with the catalog's curated fixes applied.
#include <fmt/format.h>
#include <algorithm>
#include <set>

#include "format/export.h"

namespace mllmseg::format {

namespace {

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Whether the & at the start of s begins what CommonMark reads as an entity
// reference: &name; &#digits; or &#xhex; ("&lt;" would be read as "<").
bool starts_entity(std::string_view s) {
  std::size_t i = 1;
  if (i < s.size() && s[i] == '#') {
    ++i;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    i += hex ? 1 : 0;
    const std::size_t digits = i;
    while (i < s.size() && i - digits < 8 &&
           ((s[i] >= '0' && s[i] <= '9') ||
            (hex && ((s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F'))))) {
      ++i;
    }
    return i > digits && i - digits <= (hex ? 6u : 7u) && i < s.size() && s[i] == ';';
  }
  const std::size_t name = i;
  while (i < s.size() && is_alnum(s[i])) {
    ++i;
  }
  return i > name && !(s[name] >= '0' && s[name] <= '9') && i < s.size() && s[i] == ';';
}

// Text of one " | "-separated part of an entry: markdown's specials are
// escaped (a | would split the entry, a * end the bold name), an & that
// would start an entity is written &amp;, and line breaks, which would end
// the entry, become spaces.
std::string md_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += starts_entity(s.substr(i)) ? "&amp;" : "&";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The text of a heading, as the importer reads it back: a backslash before
// punctuation, and an & that would start an entity, are escaped, and so is
// a # at the end that would be read as a closing sequence ("# #" is an empty
// title; "# \#" is "#"). The rest is written as it is, raw HTML included.
std::string md_heading(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && is_ascii_punctuation(s[i + 1])) {
      out += "\\\\";
    } else if (s[i] == '&' && starts_entity(s.substr(i))) {
      out += "&amp;";
    } else {
      out += s[i];
    }
  }
  const std::size_t run = out.find_last_not_of('#');
  if (!out.empty() && out.back() == '#' &&
      (run == std::string::npos || out[run] == ' ' || out[run] == '\t')) {
    out.insert(out.size() - 1, 1, '\\');
  }
  return out;
}

// A link target: whitespace, parentheses and angle brackets, which would end
// or break the (...) of a link, are percent-encoded.
std::string md_url(std::string_view url) {
  std::string out;
  for (char c : url) {
    if (std::string_view(" \t\r\n()<>").find(c) != std::string_view::npos) {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

// An attribute value between double quotes.
std::string html_attribute(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"':
        out += "&quot;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The sections to write: the catalog's own, else one per task.
std::vector<Section> sections_of(const Catalog& catalog) {
  if (!catalog.sections.empty()) {
    return catalog.sections;
  }
  std::vector<Section> sections;
  for (Task t : k_all_tasks) {
    sections.push_back(Section{t, std::string(task_title(t)), 2, std::nullopt});
  }
  return sections;
}

const Entry* entry_for(const Paper& p, Task task) {
  const auto it =
      std::find_if(p.entries.begin(), p.entries.end(), [&](const Entry& e) { return e.task == task; });
  return it == p.entries.end() ? nullptr : &*it;
}

// Papers of one task: those with a list position in its order first, the
// others after them in catalog order.
std::vector<DocId> section_papers(const Store& store, std::span<const DocId> ids, Task task) {
  // Each paper of the task with its position in the list's section, if any.
  std::vector<std::pair<DocId, std::optional<int>>> found;
  for (DocId id : ids) {
    const Paper p = store.paper(id);
    if (has_task(p.tasks, task)) {
      const Entry* e = entry_for(p, task);
      found.emplace_back(id, e != nullptr ? std::optional<int>(e->number) : std::nullopt);
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    if (a.second.has_value() != b.second.has_value()) {
      return a.second.has_value();
    }
    return a.second && *a.second < *b.second;
  });
  std::vector<DocId> out;
  out.reserve(found.size());
  for (const auto& f : found) {
    out.push_back(f.first);
  }
  return out;
}

}  // namespace

std::string render_markdown(const Store& store, std::span<const DocId> ids) {
  const Catalog& catalog = store.header();
  std::string out = fmt::format("# {}\n", catalog.title.empty() ? "Papers" : md_heading(catalog.title));
  out += catalog.preamble;
  std::string parent_written;
  const auto sections = sections_of(catalog);
  // Anchors the list gave; a paper without one gets the next free number of
  // its section's thousand (1001, 1002 ... for the first section).
  std::set<std::string> anchors;
  for (DocId id : ids) {
    for (const Entry& e : store.paper(id).entries) {
      anchors.insert(e.id);
    }
  }
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const Section& section = sections[s];
    const std::vector<DocId> papers = section_papers(store, ids, section.task);
    if (papers.empty()) {
      continue;
    }
    out += section.blank_line + "\n";
    if (section.parent && *section.parent != parent_written) {
      out += fmt::format("{} {}\n\n", std::string(static_cast<std::size_t>(section.level - 1), '#'),
                         md_heading(*section.parent));
      parent_written = *section.parent;
    } else if (!section.parent) {
      parent_written.clear();
    }
    out += fmt::format("{} {}\n\n", std::string(static_cast<std::size_t>(section.level), '#'),
                       md_heading(section.heading));
    int number = 0;
    for (DocId id : papers) {
      const Paper& p = store.paper(id);
      ++number;
      const Entry* entry = entry_for(p, section.task);
      std::string anchor;
      if (entry) {
        anchor = entry->id;
      } else {
        std::size_t next = (s + 1) * 1000 + static_cast<std::size_t>(number);
        while (anchors.count(std::to_string(next)) > 0) {
          ++next;
        }
        anchor = std::to_string(next);
        anchors.insert(anchor);
      }
      out += fmt::format("{}. <span id = \"{}\">**[{}]**</span> | **{}** | {}", number,
                         html_attribute(anchor), md_text(p.name), md_text(p.venue), md_text(p.title));
      std::string between = entry && entry->after_title ? *entry->after_title : std::string(" | ");
      if (!p.pdf.empty()) {
        out += fmt::format("{}[`[pdf]`]({})", between, md_url(p.pdf));
        between = " | ";
      }
      // The list has one code cell, where it also links a project page.
      if (const auto& link = p.code ? p.code : p.project) {
        out += fmt::format("{}[`[code]`]({})", between, md_url(*link));
      }
      if (entry && entry->after_links) {
        out += *entry->after_links;
      }
      out += '\n';
    }
  }
  out += catalog.epilogue;
  return out;
}

}  // namespace mllmseg::format
