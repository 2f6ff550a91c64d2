#include "format/show.h"

#include <fmt/format.h>

#include "format/wrap.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

// Where the listed date comes from, when the date alone does not say.
std::string listed_note(const Paper& p) {
  if (p.listed_by == "update") {
    return " (first seen by mllmseg update)";
  }
  if (p.listed_by) {
    return fmt::format(" ({})", *p.listed_by);
  }
  return "";
}

}  // namespace

std::string paper_details(const Store& store, DocId id, const Style& style) {
  const Paper& p = store.paper(id);
  std::string out;
  const auto field = [&](std::string_view label, std::string_view value) {
    out += "  ";
    out += style.paint(text::pad_right(label, 11), "1");
    const std::string line = text::one_line(value);
    out += style.wrap ? wrap_hanging(line, style.width, 2 + 11) : line;
    out += '\n';
  };
  out += style.paint(text::one_line(p.name), "1;36");
  out += '\n';
  field("title", p.title);
  if (!p.authors.empty()) {
    field("authors", text::join(p.authors, ", "));
  }
  field("key", p.key);
  field("venue", fmt::format("{} ({}{})", p.venue, p.year, p.month ? fmt::format("-{:02}", *p.month) : ""));
  std::vector<std::string> tasks;
  for (Task t : k_all_tasks) {
    if (has_task(p.tasks, t)) {
      tasks.push_back(fmt::format("{} ({})", task_id(t), task_title(t)));
    }
  }
  field("tasks", text::join(tasks, ", "));
  if (p.submitted) {
    field("submitted", *p.submitted);
  }
  if (p.published) {
    field("published", *p.published);
  }
  field("arxiv", p.arxiv.value_or("-"));
  if (p.doi) {
    field("doi", *p.doi);
  }
  field("pdf", p.pdf.empty() ? "-" : p.pdf);
  field("code", p.code.value_or("-"));
  if (p.project) {
    field("project", *p.project);
  }
  if (p.listed) {
    field("listed", fmt::format("{}{}", *p.listed, listed_note(p)));
  }
  for (const auto& e : p.entries) {
    field("entry", fmt::format("{} #{} (id {})", task_title(e.task), e.number, e.id));
  }
  for (const auto& f : p.fixes) {
    field("fixed",
          fmt::format("entry {}: {} \"{}\" -> \"{}\": {}", f.entry, f.field, f.listed, f.curated, f.why));
  }
  for (const Section& s : store.header().sections) {
    if (s.heading_listed && has_task(p.tasks, s.task)) {
      field("fixed",
            fmt::format("heading \"{}\" -> \"{}\": {}", *s.heading_listed, s.heading, s.heading_why));
    }
  }
  if (p.abstract) {
    field("abstract", *p.abstract);
  }
  if (p.authors_source) {
    const AuthorSource& source = *p.authors_source;
    field("sources", p.authors.empty()  ? "no complete author list found in:"
                     : source.confirmed ? "authors confirmed by two or more sources:"
                                        : "authors not confirmed by a second source:");
    for (const auto& url : source.urls) {
      field("", url);
    }
    if (source.note) {
      field("note", *source.note);
    }
    if (!source.later_authors.empty()) {
      field("later", fmt::format("a later version lists {}", text::join(source.later_authors, ", ")));
    }
  }
  return out;
}

}  // namespace mllmseg::format
