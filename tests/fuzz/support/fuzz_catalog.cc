#include "support/fuzz_catalog.h"

#include <fmt/format.h>

#include "support/byte_reader.h"
#include "support/utf8.h"

namespace mllmseg::fuzz {

namespace {

Task task_of(std::uint8_t b) { return k_all_tasks[b % 3]; }

std::optional<std::string> maybe_text(ByteReader& in) {
  return (in.byte() & 1) != 0 ? std::optional<std::string>(in.text()) : std::nullopt;
}

std::optional<std::string> maybe_date(ByteReader& in) {
  const std::uint8_t b = in.byte();
  if ((b & 1) == 0) {
    return std::nullopt;
  }
  // Days 1 to 28 only: the loader takes real days of the calendar only.
  return fmt::format("{:04}-{:02}-{:02}", 1990 + b % 64, 1 + in.byte() % 12, 1 + in.byte() % 28);
}

std::vector<std::string> texts(ByteReader& in, std::size_t most) {
  std::vector<std::string> out(in.byte() % (most + 1));
  for (auto& s : out) {
    s = in.text();
  }
  return out;
}

Paper paper_from(ByteReader& in, std::size_t index) {
  Paper p;
  p.key = fmt::format("p{}", index);
  p.name = in.text();
  p.title = in.text();
  p.venue = in.text();
  p.year = in.integer();
  if (const std::uint8_t m = in.byte(); m % 13 != 0) {
    p.month = m % 13;
  }
  p.submitted = maybe_date(in);
  p.published = maybe_date(in);
  p.tasks = static_cast<TaskSet>(in.byte() & 7);
  p.arxiv = maybe_text(in);
  p.pdf = in.text();
  p.code = maybe_text(in);
  p.doi = maybe_text(in);
  p.authors = texts(in, 4);
  p.abstract = maybe_text(in);
  for (std::size_t n = in.byte() % 3; n > 0; --n) {
    Entry e;
    e.task = task_of(in.byte());
    e.number = in.integer();
    e.id = in.text();
    e.after_title = maybe_text(in);
    p.entries.push_back(std::move(e));
  }
  for (std::size_t n = in.byte() % 2; n > 0; --n) {
    Fix f;
    f.entry = in.text();
    f.field = in.text();
    f.listed = in.text();
    f.curated = in.text();
    f.why = in.text();
    p.fixes.push_back(std::move(f));
  }
  if (const std::uint8_t b = in.byte(); (b & 1) != 0) {
    AuthorSource source;
    source.urls = texts(in, 2);
    source.confirmed = (b & 2) != 0;
    source.note = maybe_text(in);
    source.later_authors = texts(in, 2);
    p.authors_source = std::move(source);
  }
  // Read last, so that the inputs of the corpus keep giving the fields above
  // they gave before these fields were added.
  p.listed = maybe_date(in);
  p.listed_by = maybe_text(in);
  for (Entry& e : p.entries) {
    e.after_links = maybe_text(in);
  }
  p.project = maybe_text(in);
  return p;
}

template <typename F>
void for_each_string(Paper& p, F&& f) {
  const auto opt = [&](std::optional<std::string>& s) {
    if (s) {
      f(*s);
    }
  };
  for (std::string* s : {&p.key, &p.name, &p.title, &p.venue, &p.pdf}) {
    f(*s);
  }
  for (std::optional<std::string>* s : {&p.submitted, &p.published, &p.listed, &p.listed_by, &p.arxiv,
                                        &p.code, &p.project, &p.doi, &p.abstract}) {
    opt(*s);
  }
  for (auto& a : p.authors) {
    f(a);
  }
  for (auto& e : p.entries) {
    f(e.id);
    opt(e.after_title);
    opt(e.after_links);
  }
  for (auto& x : p.fixes) {
    for (std::string* s : {&x.entry, &x.field, &x.listed, &x.curated, &x.why}) {
      f(*s);
    }
  }
  if (p.authors_source) {
    for (auto& u : p.authors_source->urls) {
      f(u);
    }
    opt(p.authors_source->note);
    for (auto& a : p.authors_source->later_authors) {
      f(a);
    }
  }
}

// Printable ASCII as itself, everything else (and the backslash) as \xNN.
std::string shown(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '\\') {
      out += c;
    } else {
      out += fmt::format("\\x{:02X}", u);
    }
  }
  return out;
}

std::string shown_optional(const std::optional<std::string>& s) {
  return s ? "\"" + shown(*s) + "\"" : "null";
}

std::string shown_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) {
    out += "\"" + shown(item) + "\",";
  }
  return out + "]";
}

}  // namespace

Catalog catalog_from_bytes(std::string_view data) {
  ByteReader in(data);
  Catalog c;
  c.format = "mllmseg-catalog/1";
  const std::uint8_t shape = in.byte();
  c.title = in.text();
  c.source = in.text();
  c.provenance = in.text();
  c.preamble = in.text();
  c.epilogue = in.text();
  for (std::size_t n = shape % 4; n > 0; --n) {
    Section s;
    s.task = task_of(in.byte());
    s.heading = in.text();
    s.level = 1 + in.byte() % 6;
    s.parent = maybe_text(in);
    s.blank_line = in.text();
    c.sections.push_back(std::move(s));
  }
  const std::size_t papers = 1 + (shape >> 2) % 4;
  for (std::size_t i = 0; i < papers; ++i) {
    c.papers.push_back(paper_from(in, i));
  }
  return c;
}

Catalog with_valid_utf8(Catalog c) {
  const auto fix = [](std::string& s) { s = replace_invalid_utf8(s); };
  for (std::string* s : {&c.format, &c.title, &c.source, &c.provenance, &c.preamble, &c.epilogue}) {
    fix(*s);
  }
  for (auto& s : c.sections) {
    fix(s.heading);
    if (s.parent) {
      fix(*s.parent);
    }
    fix(s.blank_line);
  }
  for (auto& p : c.papers) {
    for_each_string(p, fix);
  }
  return c;
}

std::string describe_papers(const std::vector<Paper>& papers) {
  std::string out;
  for (std::size_t i = 0; i < papers.size(); ++i) {
    const Paper& p = papers[i];
    const auto line = [&](std::string_view field, const std::string& value) {
      out += fmt::format("papers[{}].{}={}\n", i, field, value);
    };
    line("key", shown(p.key));
    line("name", shown(p.name));
    line("title", shown(p.title));
    line("venue", shown(p.venue));
    line("year", std::to_string(p.year));
    line("month", p.month ? std::to_string(*p.month) : "null");
    line("submitted", shown_optional(p.submitted));
    line("published", shown_optional(p.published));
    line("listed", shown_optional(p.listed));
    line("listed_by", shown_optional(p.listed_by));
    line("tasks", std::to_string(p.tasks));
    line("arxiv", shown_optional(p.arxiv));
    line("pdf", shown(p.pdf));
    line("code", shown_optional(p.code));
    line("project", shown_optional(p.project));
    line("doi", shown_optional(p.doi));
    line("authors", shown_list(p.authors));
    line("abstract", shown_optional(p.abstract));
    for (const auto& e : p.entries) {
      line("entry", fmt::format("{} {} \"{}\" {} {}", task_id(e.task), e.number, shown(e.id),
                                shown_optional(e.after_title), shown_optional(e.after_links)));
    }
    for (const auto& f : p.fixes) {
      line("fix", fmt::format("\"{}\" \"{}\" \"{}\" \"{}\" \"{}\"", shown(f.entry), shown(f.field),
                              shown(f.listed), shown(f.curated), shown(f.why)));
    }
    if (p.authors_source) {
      const AuthorSource& s = *p.authors_source;
      line("authors_source", fmt::format("{} {} {} {}", shown_list(s.urls), s.confirmed,
                                         shown_optional(s.note), shown_list(s.later_authors)));
    }
  }
  return out;
}

std::string describe(const Catalog& c) {
  std::string out = fmt::format("format={}\ntitle={}\nsource={}\nprovenance={}\npreamble={}\nepilogue={}\n",
                                shown(c.format), shown(c.title), shown(c.source), shown(c.provenance),
                                shown(c.preamble), shown(c.epilogue));
  out += fmt::format("updated={}\nupdated_from={}\n", shown(c.updated), shown(c.updated_from));
  for (const auto& s : c.sections) {
    out += fmt::format("section={} \"{}\" {} {} \"{}\" {} \"{}\"\n", task_id(s.task), shown(s.heading),
                       s.level, shown_optional(s.parent), shown(s.blank_line),
                       shown_optional(s.heading_listed), shown(s.heading_why));
  }
  return out + describe_papers(c.papers);
}

}  // namespace mllmseg::fuzz
