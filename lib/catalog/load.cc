#include "catalog/load.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <vector>

#include "catalog/json_document.h"

namespace mllmseg {

namespace {

using Json = nlohmann::json;

// Raised inside this file only; parse_catalog turns it into an Error.
struct Invalid {
  std::string message;
};

// An integer JSON value as an int, or nullopt when it does not fit (including
// unsigned values beyond int64, which get<int64_t>() would wrap).
std::optional<int> as_int(const Json& value) {
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    return n <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())
               ? std::optional<int>(static_cast<int>(n))
               : std::nullopt;
  }
  const auto n = value.get<std::int64_t>();
  if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
    return std::nullopt;
  }
  return static_cast<int>(n);
}

class PaperReader {
 public:
  PaperReader(std::string_view origin, std::size_t index, const Json& object, std::string key = {})
      : m_origin(origin), m_index(index), m_object(object), m_key(std::move(key)) {}

  [[noreturn]] void fail(std::string_view what) const {
    if (m_key.empty()) {
      throw Invalid{fmt::format("{}: papers[{}]: {}", m_origin, m_index, what)};
    }
    throw Invalid{fmt::format("{}: papers[{}] (key \"{}\"): {}", m_origin, m_index, m_key, what)};
  }

  const Json* find(std::string_view field) const {
    const auto it = m_object.find(field);
    return it == m_object.end() ? nullptr : &*it;
  }

  const Json& require(std::string_view field) const {
    const Json* value = find(field);
    if (value == nullptr) {
      fail(fmt::format("missing field \"{}\"", field));
    }
    return *value;
  }

  [[noreturn]] void wrong_type(std::string_view field, std::string_view expected, const Json& value) const {
    fail(fmt::format("field \"{}\" must be {}, found {}", field, expected, value.type_name()));
  }

  std::string string(std::string_view field) const {
    const Json& value = require(field);
    if (!value.is_string()) {
      wrong_type(field, "a string", value);
    }
    return value.get<std::string>();
  }

  std::optional<std::string> string_or_null(std::string_view field, bool required) const {
    const Json* value = required ? &require(field) : find(field);
    if (value == nullptr || value->is_null()) {
      return std::nullopt;
    }
    if (!value->is_string()) {
      wrong_type(field, "a string or null", *value);
    }
    return value->get<std::string>();
  }

  int integer(const Json& value, std::string_view field) const {
    if (!value.is_number_integer()) {
      wrong_type(field, "an integer", value);
    }
    const auto n = as_int(value);
    if (!n) {
      fail(fmt::format("field \"{}\" is out of range: {}", field, value.dump()));
    }
    return *n;
  }

  Task task(const Json& value, std::string_view field) const {
    if (!value.is_string()) {
      wrong_type(field, "an array of task ids", value);
    }
    const auto id = value.get<std::string>();
    const auto t = task_from_id(id);
    if (!t) {
      fail(fmt::format("unknown task \"{}\" in \"{}\" (expected res, ovss or video)", id, field));
    }
    return *t;
  }

  Paper read() {
    Paper p;
    p.key = string("key");
    check_key(p.key);
    m_key = p.key;
    p.name = string("name");
    p.title = string("title");
    p.venue = string("venue");
    p.year = integer(require("year"), "year");
    if (const Json* month = find("month"); month != nullptr && !month->is_null()) {
      p.month = integer(*month, "month");
      if (*p.month < 1 || *p.month > 12) {
        fail(fmt::format("field \"month\" must be from 1 to 12, found {}", *p.month));
      }
    }
    const Json& tasks = require("tasks");
    if (!tasks.is_array()) {
      wrong_type("tasks", "an array of task ids", tasks);
    }
    for (const Json& t : tasks) {
      p.tasks |= task_bit(task(t, "tasks"));
    }
    p.arxiv = string_or_null("arxiv", true);
    p.pdf = string("pdf");
    p.code = string_or_null("code", true);
    p.submitted = date_or_null("submitted");
    p.published = date_or_null("published");
    p.doi = string_or_null("doi", false);
    p.abstract = string_or_null("abstract", false);
    p.authors = string_array("authors");
    read_entries(p);
    read_fixes(p);
    read_authors_source(p);
    return p;
  }

 private:
  void check_key(const std::string& key) const {
    const bool slug =
        !key.empty() && key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
    if (!slug) {
      fail(fmt::format("field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"{}\"", key));
    }
  }

  const Json* optional_array(std::string_view field) const {
    const Json* value = find(field);
    if (value == nullptr || value->is_null()) {
      return nullptr;
    }
    if (!value->is_array()) {
      wrong_type(field, "an array", *value);
    }
    return value;
  }

  std::vector<std::string> string_array(std::string_view field) const {
    std::vector<std::string> out;
    if (const Json* items = optional_array(field)) {
      for (const Json& item : *items) {
        if (!item.is_string()) {
          wrong_type(field, "an array of strings", item);
        }
        out.push_back(item.get<std::string>());
      }
    }
    return out;
  }

  static const Json& member(const PaperReader& reader, const Json& object, std::string_view field,
                            std::string_view context) {
    const auto it = object.find(field);
    if (it == object.end()) {
      reader.fail(fmt::format("missing field \"{}\" in \"{}\"", field, context));
    }
    return *it;
  }

  static std::string member_string(const PaperReader& reader, const Json& object, std::string_view field,
                                   std::string_view context) {
    const Json& value = member(reader, object, field, context);
    if (!value.is_string()) {
      reader.fail(fmt::format("field \"{}\" in \"{}\" must be a string, found {}", field, context,
                              value.type_name()));
    }
    return value.get<std::string>();
  }

  std::optional<std::string> date_or_null(std::string_view field) const {
    auto date = string_or_null(field, false);
    const auto digits = [&](std::size_t from, std::size_t count) {
      return date->substr(from, count).find_first_not_of("0123456789") == std::string::npos;
    };
    if (date && (date->size() != 10 || (*date)[4] != '-' || (*date)[7] != '-' || !digits(0, 4) ||
                 !digits(5, 2) || !digits(8, 2))) {
      fail(fmt::format("field \"{}\" must be a date as YYYY-MM-DD, found \"{}\"", field, *date));
    }
    return date;
  }

  void read_authors_source(Paper& p) const {
    const Json* value = find("authors_source");
    if (value == nullptr || value->is_null()) {
      return;
    }
    if (!value->is_object()) {
      wrong_type("authors_source", "an object", *value);
    }
    AuthorSource source;
    const PaperReader inner(m_origin, m_index, *value, m_key);
    source.urls = inner.string_array("urls");
    if (const Json* confirmed = inner.find("confirmed"); confirmed != nullptr) {
      if (!confirmed->is_boolean()) {
        wrong_type("authors_source.confirmed", "true or false", *confirmed);
      }
      source.confirmed = confirmed->get<bool>();
    }
    source.note = inner.string_or_null("note", false);
    source.later_authors = inner.string_array("later_authors");
    p.authors_source = std::move(source);
  }

  void read_entries(Paper& p) const {
    if (const Json* items = optional_array("entries")) {
      for (const Json& item : *items) {
        if (!item.is_object()) {
          wrong_type("entries", "an array of objects", item);
        }
        Entry e;
        e.task = task(member(*this, item, "task", "entries"), "entries");
        e.number = integer(member(*this, item, "number", "entries"), "entries.number");
        e.id = member_string(*this, item, "id", "entries");
        if (const auto after = item.find("after_title"); after != item.end() && !after->is_null()) {
          e.after_title = member_string(*this, item, "after_title", "entries");
        }
        p.entries.push_back(std::move(e));
      }
    }
  }

  void read_fixes(Paper& p) const {
    if (const Json* items = optional_array("fixes")) {
      for (const Json& item : *items) {
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
  const Json& m_object;
  std::string m_key;
};

std::string optional_top_string(const Json& root, std::string_view field, std::string_view origin) {
  const auto it = root.find(field);
  if (it == root.end() || it->is_null()) {
    return {};
  }
  if (!it->is_string()) {
    throw Invalid{fmt::format("{}: \"{}\" must be a string, found {}", origin, field, it->type_name())};
  }
  return it->get<std::string>();
}

std::vector<Section> read_sections(const Json& root, std::string_view origin) {
  std::vector<Section> sections;
  const auto it = root.find("sections");
  if (it == root.end() || it->is_null()) {
    return sections;
  }
  const auto bad = [&](std::size_t i, std::string_view what) {
    return Invalid{fmt::format("{}: sections[{}]: {}", origin, i, what)};
  };
  if (!it->is_array()) {
    throw Invalid{fmt::format("{}: \"sections\" must be an array, found {}", origin, it->type_name())};
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& s = (*it)[i];
    if (!s.is_object()) {
      throw bad(i, fmt::format("expected an object, found {}", s.type_name()));
    }
    Section section;
    const auto task = s.find("task");
    const auto heading = s.find("heading");
    if (task == s.end() || !task->is_string() || !task_from_id(task->get<std::string>())) {
      throw bad(i, "field \"task\" must be one of res, ovss, video");
    }
    if (heading == s.end() || !heading->is_string()) {
      throw bad(i, "field \"heading\" must be a string");
    }
    section.task = *task_from_id(task->get<std::string>());
    section.heading = heading->get<std::string>();
    if (const auto level = s.find("level"); level != s.end()) {
      const auto n = level->is_number_integer() ? as_int(*level) : std::nullopt;
      if (!n || *n < 1 || *n > 6) {
        throw bad(i, "field \"level\" must be an integer from 1 to 6");
      }
      section.level = *n;
    }
    if (const auto parent = s.find("parent"); parent != s.end() && !parent->is_null()) {
      if (!parent->is_string()) {
        throw bad(i, "field \"parent\" must be a string or null");
      }
      section.parent = parent->get<std::string>();
    }
    if (const auto blank = s.find("blank_line"); blank != s.end() && !blank->is_null()) {
      if (!blank->is_string()) {
        throw bad(i, "field \"blank_line\" must be a string");
      }
      section.blank_line = blank->get<std::string>();
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

Catalog read_catalog(const Json& root, std::string_view origin) {
  if (!root.is_object()) {
    throw Invalid{fmt::format("{}: expected a JSON object with a \"papers\" array, found {}", origin,
                              root.type_name())};
  }
  const auto papers = root.find("papers");
  if (papers == root.end()) {
    throw Invalid{fmt::format("{}: missing \"papers\" array", origin)};
  }
  if (!papers->is_array()) {
    throw Invalid{fmt::format("{}: \"papers\" must be an array, found {}", origin, papers->type_name())};
  }
  Catalog catalog;
  catalog.format = optional_top_string(root, "format", origin);
  catalog.title = optional_top_string(root, "title", origin);
  catalog.source = optional_top_string(root, "source", origin);
  catalog.provenance = optional_top_string(root, "provenance", origin);
  catalog.preamble = optional_top_string(root, "preamble", origin);
  catalog.epilogue = optional_top_string(root, "epilogue", origin);
  catalog.sections = read_sections(root, origin);
  catalog.papers.reserve(papers->size());
  std::unordered_map<std::string, std::size_t> first_index;
  for (std::size_t i = 0; i < papers->size(); ++i) {
    const Json& object = (*papers)[i];
    if (!object.is_object()) {
      throw Invalid{
          fmt::format("{}: papers[{}]: expected an object, found {}", origin, i, object.type_name())};
    }
    PaperReader reader(origin, i, object);
    Paper paper = reader.read();
    const auto [it, inserted] = first_index.emplace(paper.key, i);
    if (!inserted) {
      reader.fail(fmt::format("duplicate key, first used by papers[{}]", it->second));
    }
    catalog.papers.push_back(std::move(paper));
  }
  return catalog;
}

}  // namespace

Result<Catalog> parse_catalog(std::string_view bytes, std::string_view origin) {
  if (bytes.size() > k_max_catalog_bytes) {
    return Error{fmt::format("{}: {} bytes, over the limit of {}", origin, bytes.size(),
                             size_text(k_max_catalog_bytes))};
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{fmt::format("{}: empty file; expected a JSON object with a \"papers\" array", origin)};
  }
  auto root = parse_json_document(bytes, origin);
  if (!root) {
    return Error{root.error()};
  }
  try {
    return read_catalog(*root, origin);
  } catch (const Invalid& e) {
    return Error{e.message};
  }
}

Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  const bool from_stdin = path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const auto failure = [&](int err) {
    return Error{
        fmt::format("cannot read catalog '{}': {}", from_stdin ? "<stdin>" : path, std::strerror(err))};
  };
  if (fd < 0) {
    return failure(errno);
  }
  const auto too_big = [&] {
    if (!from_stdin) {
      ::close(fd);
    }
    return Error{fmt::format("cannot read catalog '{}': over the limit of {}", from_stdin ? "<stdin>" : path,
                             size_text(max_bytes))};
  };
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return failure(EISDIR);
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
    return too_big();
  }
  std::string bytes;
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) {
      break;
    }
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int err = errno;
      if (!from_stdin) {
        ::close(fd);
      }
      return failure(err);
    }
    if (static_cast<std::size_t>(n) > max_bytes - bytes.size()) {
      return too_big();
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  if (!from_stdin) {
    ::close(fd);
  }
  return bytes;
}

}  // namespace mllmseg
