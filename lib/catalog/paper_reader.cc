#include "catalog/paper_reader.h"

#include <fmt/format.h>
#include <utility>

#include "catalog/paper_members.h"
#include "util/date.h"

namespace mllmseg::reader {

namespace {

class PaperReader {
 public:
  PaperReader(std::string_view origin, std::size_t index, json::Value object, std::string_view key = {},
              const PaperMembers* members = nullptr)
      : m_origin(origin), m_index(index), m_object(object), m_key(key), m_members(members) {}

  [[noreturn]] void fail(std::string_view what) const {
    if (m_key.empty()) {
      throw Invalid{fmt::format("{}: papers[{}]: {}", m_origin, m_index, what)};
    }
    throw Invalid{fmt::format("{}: papers[{}] (key \"{}\"): {}", m_origin, m_index, m_key, what)};
  }

  std::optional<json::Value> find(std::string_view field) const {
    if (m_members != nullptr) {
      if (const std::size_t i = field_index(field); i < k_field_count) {
        return m_members->values[i];
      }
    }
    return m_object.find(field);
  }

  json::Value require(std::string_view field) const {
    const auto value = find(field);
    if (!value) {
      fail(fmt::format("missing field \"{}\"", field));
    }
    return *value;
  }

  [[noreturn]] void wrong_type(std::string_view field, std::string_view expected, json::Value value) const {
    fail(fmt::format("field \"{}\" must be {}, found {}", field, expected, value.type_name()));
  }

  std::string_view string(std::string_view field) const {
    const json::Value value = require(field);
    if (!value.is_string()) {
      wrong_type(field, "a string", value);
    }
    return value.string();
  }

  std::optional<std::string_view> string_or_null(std::string_view field, bool required) const {
    const auto value = required ? std::optional(require(field)) : find(field);
    if (!value || value->is_null()) {
      return std::nullopt;
    }
    if (!value->is_string()) {
      wrong_type(field, "a string or null", *value);
    }
    return value->string();
  }

  int integer(json::Value value, std::string_view field) const {
    if (!value.is_integer()) {
      wrong_type(field, "an integer", value);
    }
    const auto n = value.as_int();
    if (!n) {
      fail(fmt::format("field \"{}\" is out of range: {}", field, value.number_text()));
    }
    return *n;
  }

  Task task(json::Value value, std::string_view field) const {
    if (!value.is_string()) {
      wrong_type(field, "an array of task ids", value);
    }
    const std::string id(value.string());
    const auto t = task_from_id(id);
    if (!t) {
      fail(fmt::format("unknown task \"{}\" in \"{}\" (expected res, ovss or video)", id, field));
    }
    return *t;
  }

  // Sets every field of p, reusing the memory its strings already have.
  void read(Paper& p) {
    const std::string_view key = string("key");
    check_key(key);
    m_key = key;
    p.key.assign(key);
    p.name.assign(string("name"));
    p.title.assign(string("title"));
    p.venue.assign(string("venue"));
    p.year = integer(require("year"), "year");
    p.month.reset();
    if (const auto month = find("month"); month && !month->is_null()) {
      p.month = integer(*month, "month");
      if (*p.month < 1 || *p.month > 12) {
        fail(fmt::format("field \"month\" must be from 1 to 12, found {}", *p.month));
      }
    }
    const json::Value tasks = require("tasks");
    if (!tasks.is_array()) {
      wrong_type("tasks", "an array of task ids", tasks);
    }
    p.tasks = 0;
    for (const json::Value t : tasks) {
      p.tasks |= task_bit(task(t, "tasks"));
    }
    set(p.arxiv, string_or_null("arxiv", true));
    p.pdf.assign(string_or_null("pdf", false).value_or(std::string_view()));
    set(p.code, string_or_null("code", true));
    set(p.project, string_or_null("project", false));
    set(p.submitted, date_or_null("submitted"));
    set(p.published, date_or_null("published"));
    set(p.listed, date_or_null("listed"));
    set(p.listed_by, string_or_null("listed_by", false));
    set(p.doi, string_or_null("doi", false));
    set(p.abstract, string_or_null("abstract", false));
    string_array("authors", p.authors);
    read_entries(p);
    read_fixes(p);
    read_authors_source(p);
  }

 private:
  static void set(std::optional<std::string>& slot, std::optional<std::string_view> value) {
    if (!value) {
      slot.reset();
    } else if (slot) {
      slot->assign(*value);
    } else {
      slot.emplace(*value);
    }
  }

  void check_key(std::string_view key) const {
    // Every byte one of a-z, 0-9 and '-' (a loop, not find_first_not_of,
    // which searches the set for each byte).
    bool slug = !key.empty();
    for (const char c : key) {
      slug = slug && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }
    if (!slug) {
      fail(fmt::format("field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"{}\"", key));
    }
  }

  std::optional<json::Value> optional_array(std::string_view field) const {
    const auto value = find(field);
    if (!value || value->is_null()) {
      return std::nullopt;
    }
    if (!value->is_array()) {
      wrong_type(field, "an array", *value);
    }
    return value;
  }

  // The array field into out, reusing the strings out already holds.
  void string_array(std::string_view field, std::vector<std::string>& out) const {
    std::size_t count = 0;
    if (const auto items = optional_array(field)) {
      for (const json::Value item : *items) {
        if (!item.is_string()) {
          wrong_type(field, "an array of strings", item);
        }
        if (count < out.size()) {
          out[count].assign(item.string());
        } else {
          out.emplace_back(item.string());
        }
        ++count;
      }
    }
    out.resize(count);
  }

  static json::Value member(const PaperReader& reader, json::Value object, std::string_view field,
                            std::string_view context) {
    const auto value = object.find(field);
    if (!value) {
      reader.fail(fmt::format("missing field \"{}\" in \"{}\"", field, context));
    }
    return *value;
  }

  static std::string member_string(const PaperReader& reader, json::Value object, std::string_view field,
                                   std::string_view context) {
    const json::Value value = member(reader, object, field, context);
    if (!value.is_string()) {
      reader.fail(fmt::format("field \"{}\" in \"{}\" must be a string, found {}", field, context,
                              value.type_name()));
    }
    return std::string(value.string());
  }

  std::optional<std::string_view> date_or_null(std::string_view field) const {
    auto date = string_or_null(field, false);
    if (date && !date::is_date(*date)) {
      fail(fmt::format("field \"{}\" must be a date as YYYY-MM-DD, found \"{}\"", field, *date));
    }
    return date;
  }

  void read_authors_source(Paper& p) const {
    p.authors_source.reset();
    const auto value = find("authors_source");
    if (!value || value->is_null()) {
      return;
    }
    if (!value->is_object()) {
      wrong_type("authors_source", "an object", *value);
    }
    AuthorSource source;
    const PaperReader inner(m_origin, m_index, *value, m_key);
    inner.string_array("urls", source.urls);
    if (const auto confirmed = inner.find("confirmed")) {
      if (!confirmed->is_boolean()) {
        wrong_type("authors_source.confirmed", "true or false", *confirmed);
      }
      source.confirmed = confirmed->boolean();
    }
    set(source.note, inner.string_or_null("note", false));
    inner.string_array("later_authors", source.later_authors);
    p.authors_source = std::move(source);
  }

  void read_entries(Paper& p) const {
    p.entries.clear();
    if (const auto items = optional_array("entries")) {
      for (const json::Value item : *items) {
        if (!item.is_object()) {
          wrong_type("entries", "an array of objects", item);
        }
        Entry e;
        e.task = task(member(*this, item, "task", "entries"), "entries");
        e.number = integer(member(*this, item, "number", "entries"), "entries.number");
        e.id = member_string(*this, item, "id", "entries");
        if (const auto after = item.find("after_title"); after && !after->is_null()) {
          e.after_title = member_string(*this, item, "after_title", "entries");
        }
        if (const auto after = item.find("after_links"); after && !after->is_null()) {
          e.after_links = member_string(*this, item, "after_links", "entries");
        }
        p.entries.push_back(std::move(e));
      }
    }
  }

  void read_fixes(Paper& p) const {
    p.fixes.clear();
    if (const auto items = optional_array("fixes")) {
      for (const json::Value item : *items) {
        if (!item.is_object()) {
          wrong_type("fixes", "an array of objects", item);
        }
        p.fixes.push_back(
            Fix{member_string(*this, item, "entry", "fixes"), member_string(*this, item, "field", "fixes"),
                member_string(*this, item, "listed", "fixes"), member_string(*this, item, "curated", "fixes"),
                member_string(*this, item, "why", "fixes")});
      }
    }
  }

  std::string_view m_origin;
  std::size_t m_index;
  json::Value m_object;
  std::string_view m_key;         // points into the document, which outlives the reader
  const PaperMembers* m_members;  // of the paper object, when this reads one
};

}  // namespace

void read_paper(json::Value object, std::string_view origin, std::size_t index, Paper& into) {
  const PaperMembers members(object);
  PaperReader reader(origin, index, object, {}, &members);
  reader.read(into);
}

std::string top_string(std::optional<json::Value> value, std::string_view field, std::string_view origin) {
  if (!value || value->is_null()) {
    return {};
  }
  if (!value->is_string()) {
    throw Invalid{fmt::format("{}: \"{}\" must be a string, found {}", origin, field, value->type_name())};
  }
  return std::string(value->string());
}

std::string top_date(std::optional<json::Value> value, std::string_view field, std::string_view origin) {
  std::string date = top_string(value, field, origin);
  if (!date.empty() && !date::is_date(date)) {
    throw Invalid{fmt::format("{}: \"{}\" must be a date as YYYY-MM-DD, found \"{}\"", origin, field, date)};
  }
  return date;
}

std::vector<Section> read_sections(std::optional<json::Value> value, std::string_view origin) {
  std::vector<Section> sections;
  if (!value || value->is_null()) {
    return sections;
  }
  const auto bad = [&](std::size_t i, std::string_view what) {
    return Invalid{fmt::format("{}: sections[{}]: {}", origin, i, what)};
  };
  if (!value->is_array()) {
    throw Invalid{fmt::format("{}: \"sections\" must be an array, found {}", origin, value->type_name())};
  }
  std::size_t i = 0;
  for (const json::Value s : *value) {
    if (!s.is_object()) {
      throw bad(i, fmt::format("expected an object, found {}", s.type_name()));
    }
    Section section;
    const auto task = s.find("task");
    const auto heading = s.find("heading");
    if (!task || !task->is_string() || !task_from_id(task->string())) {
      throw bad(i, "field \"task\" must be one of res, ovss, video");
    }
    if (!heading || !heading->is_string()) {
      throw bad(i, "field \"heading\" must be a string");
    }
    section.task = *task_from_id(task->string());
    section.heading = heading->string();
    if (const auto level = s.find("level")) {
      const auto n = level->as_int();
      if (!n || *n < 1 || *n > 6) {
        throw bad(i, "field \"level\" must be an integer from 1 to 6");
      }
      section.level = *n;
    }
    // A string member that may be absent or null.
    const auto optional_string = [&](std::string_view field,
                                     std::string_view expected) -> std::optional<std::string> {
      const auto member = s.find(field);
      if (!member || member->is_null()) {
        return std::nullopt;
      }
      if (!member->is_string()) {
        throw bad(i, fmt::format("field \"{}\" must be {}", field, expected));
      }
      return std::string(member->string());
    };
    section.parent = optional_string("parent", "a string or null");
    section.blank_line = optional_string("blank_line", "a string").value_or("");
    section.heading_listed = optional_string("heading_listed", "a string");
    section.heading_why = optional_string("heading_why", "a string").value_or("");
    sections.push_back(std::move(section));
    ++i;
  }
  return sections;
}

}  // namespace mllmseg::reader
