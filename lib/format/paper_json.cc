#include "format/paper_json.h"

#include <fmt/format.h>
#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

#include "util/utf8.h"

namespace mllmseg::format {

namespace {

// True when s is ASCII with nothing to escape (most strings are), written
// as it is: one branchless pass, which the compiler vectorises.
bool plain(std::string_view s) {
  unsigned special = 0;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    special |= static_cast<unsigned>(u < 0x20 || u >= 0x80 || u == '"' || u == '\\');
  }
  return special == 0;
}

// Writes JSON as nlohmann's serializer lays it out: compact, or members and
// elements on lines of their own, indented two spaces a level, with ": "
// after names; an empty object or array is {} or [].
class Writer {
 public:
  Writer(std::string& out, int level) : m_out(out), m_pretty(level >= 0), m_level(level < 0 ? 0 : level) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void name(std::string_view n) {
    item();
    string_text(n);
    m_out += m_pretty ? ": " : ":";
    m_named = true;
  }

  void string(std::string_view s) {
    item();
    string_text(s);
  }
  void optional(const std::optional<std::string>& s) {
    if (s) {
      string(*s);
    } else {
      item();
      m_out += "null";
    }
  }
  // A member written only when it has a value, as the catalog format leaves
  // out optional fields that do not apply.
  void member_if(std::string_view n, const std::optional<std::string>& s) {
    if (s) {
      name(n);
      string(*s);
    }
  }
  void integer(int n) {
    item();
    fmt::format_to(std::back_inserter(m_out), "{}", n);
  }
  void boolean(bool b) {
    item();
    m_out += b ? "true" : "false";
  }
  void strings(const std::vector<std::string>& list) {
    begin_array();
    for (const auto& s : list) {
      string(s);
    }
    end_array();
  }

 private:
  // Before a value or a member name: the separator and line break it needs,
  // unless it is the value of the member just named.
  void item() {
    if (m_named) {
      m_named = false;
      return;
    }
    if (m_counts.empty()) {
      return;
    }
    if (m_counts.back()++ > 0) {
      m_out += ',';
    }
    if (m_pretty) {
      m_out += '\n';
      m_out.append(static_cast<std::size_t>(m_level + static_cast<int>(m_counts.size())) * 2, ' ');
    }
  }

  void open(char bracket) {
    item();
    m_out += bracket;
    m_counts.push_back(0);
  }

  void close(char bracket) {
    const bool empty = m_counts.back() == 0;
    m_counts.pop_back();
    if (m_pretty && !empty) {
      m_out += '\n';
      m_out.append(static_cast<std::size_t>(m_level + static_cast<int>(m_counts.size())) * 2, ' ');
    }
    m_out += bracket;
  }

  void string_text(std::string_view s) {
    if (plain(s)) {
      m_out += '"';
      m_out += s;
      m_out += '"';
      return;
    }
    // Invalid UTF-8 is left to nlohmann, which replaces it.
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (static_cast<unsigned char>(s[i]) >= 0x80) {
        const std::size_t length = utf8::sequence_length(s.substr(i));
        if (length == 0) {
          m_out += nlohmann::ordered_json(std::string(s))
                       .dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
          return;
        }
        i += length - 1;
      }
    }
    m_out += '"';
    std::size_t plain = 0;  // start of the run of bytes written as they are
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) {
        continue;
      }
      m_out.append(s.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '"':
          m_out += "\\\"";
          break;
        case '\\':
          m_out += "\\\\";
          break;
        case '\b':
          m_out += "\\b";
          break;
        case '\f':
          m_out += "\\f";
          break;
        case '\n':
          m_out += "\\n";
          break;
        case '\r':
          m_out += "\\r";
          break;
        case '\t':
          m_out += "\\t";
          break;
        default:
          fmt::format_to(std::back_inserter(m_out), "\\u{:04x}", static_cast<unsigned>(c));
      }
    }
    m_out.append(s.substr(plain));
    m_out += '"';
  }

  std::string& m_out;
  bool m_pretty;
  int m_level;
  std::vector<std::size_t> m_counts;  // items so far in each open object or array
  bool m_named = false;               // a member name was written, its value comes next
};

}  // namespace

void append_paper_json(std::string& out, const Paper& p, int level) {
  Writer w(out, level);
  w.begin_object();
  w.name("key");
  w.string(p.key);
  w.name("name");
  w.string(p.name);
  w.name("title");
  w.string(p.title);
  if (!p.authors.empty()) {
    w.name("authors");
    w.strings(p.authors);
  }
  w.name("venue");
  w.string(p.venue);
  w.name("year");
  w.integer(p.year);
  if (p.month) {
    w.name("month");
    w.integer(*p.month);
  }
  w.member_if("submitted", p.submitted);
  w.member_if("published", p.published);
  w.member_if("listed", p.listed);
  w.member_if("listed_by", p.listed_by);
  w.name("tasks");
  w.begin_array();
  for (Task t : k_all_tasks) {
    if (has_task(p.tasks, t)) {
      w.string(task_id(t));
    }
  }
  w.end_array();
  w.name("arxiv");
  w.optional(p.arxiv);
  w.member_if("doi", p.doi);
  w.name("pdf");
  if (p.pdf.empty()) {
    w.optional(std::nullopt);
  } else {
    w.string(p.pdf);
  }
  w.name("code");
  w.optional(p.code);
  w.member_if("project", p.project);
  w.member_if("abstract", p.abstract);
  if (!p.entries.empty()) {
    w.name("entries");
    w.begin_array();
    for (const Entry& e : p.entries) {
      w.begin_object();
      w.name("task");
      w.string(task_id(e.task));
      w.name("number");
      w.integer(e.number);
      w.name("id");
      w.string(e.id);
      w.member_if("after_title", e.after_title);
      w.member_if("after_links", e.after_links);
      w.end_object();
    }
    w.end_array();
  }
  if (!p.fixes.empty()) {
    w.name("fixes");
    w.begin_array();
    for (const Fix& f : p.fixes) {
      w.begin_object();
      const std::array<std::pair<const char*, const std::string*>, 5> fields = {{{"entry", &f.entry},
                                                                                 {"field", &f.field},
                                                                                 {"listed", &f.listed},
                                                                                 {"curated", &f.curated},
                                                                                 {"why", &f.why}}};
      for (const auto& [field, value] : fields) {
        w.name(field);
        w.string(*value);
      }
      w.end_object();
    }
    w.end_array();
  }
  if (p.authors_source) {
    w.name("authors_source");
    w.begin_object();
    w.name("urls");
    w.strings(p.authors_source->urls);
    w.name("confirmed");
    w.boolean(p.authors_source->confirmed);
    if (p.authors_source->note) {
      w.name("note");
      w.string(*p.authors_source->note);
    }
    if (!p.authors_source->later_authors.empty()) {
      w.name("later_authors");
      w.strings(p.authors_source->later_authors);
    }
    w.end_object();
  }
  w.end_object();
}

}  // namespace mllmseg::format
