#include "catalog/paper_fast.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/load.h"
#include "catalog/paper_members.h"
#include "util/date.h"

namespace mllmseg::reader {

namespace {

// A member's index in k_fields, usable as a case label.
constexpr unsigned at(std::string_view name) { return static_cast<unsigned>(field_index(name)); }

constexpr std::uint32_t bit(unsigned i) { return std::uint32_t{1} << i; }
static_assert(k_field_count <= 32, "the members seen are a 32-bit mask");

// The members read_paper requires.
constexpr std::uint32_t k_required = bit(at("key")) | bit(at("name")) | bit(at("title")) | bit(at("venue")) |
                                     bit(at("year")) | bit(at("tasks")) | bit(at("arxiv")) | bit(at("code"));

// The members that are a string, or a string or null, stored as they are
// read, and whether each must be a date.
struct Slots {
  std::string Paper::*text[k_field_count]{};
  std::optional<std::string> Paper::*optional[k_field_count]{};
  bool date[k_field_count]{};
};
constexpr Slots k_slots = [] {
  Slots s;
  s.text[at("name")] = &Paper::name;
  s.text[at("title")] = &Paper::title;
  s.text[at("venue")] = &Paper::venue;
  s.optional[at("arxiv")] = &Paper::arxiv;
  s.optional[at("code")] = &Paper::code;
  s.optional[at("project")] = &Paper::project;
  s.optional[at("submitted")] = &Paper::submitted;
  s.optional[at("published")] = &Paper::published;
  s.optional[at("listed")] = &Paper::listed;
  s.optional[at("listed_by")] = &Paper::listed_by;
  s.optional[at("doi")] = &Paper::doi;
  s.optional[at("abstract")] = &Paper::abstract;
  s.date[at("submitted")] = s.date[at("published")] = s.date[at("listed")] = true;
  return s;
}();

// No backslash, so that the raw bytes are the value (escapes are declined).
// A control character (< 0x20), which json::ValueReader refuses, never gets
// here: simdjson's first stage, which found the tokens, refuses a document
// with one inside a string (UNESCAPED_CHARS; tests/unit/paper_fast_test.cc).
bool plain_bytes(std::string_view raw) { return std::memchr(raw.data(), '\\', raw.size()) == nullptr; }

// A paper's values as tokens: each runs from its structural character to
// the next one (the last to the end of the span), trimmed of the whitespace
// after it; the first stage has put everything else in its own token.
class Tokens {
 public:
  Tokens(std::string_view bytes, std::span<const std::uint32_t> at) : m_bytes(bytes), m_at(at) {}

  // The current token's structural character ('\0' past the last).
  char peek() const { return m_i < m_at.size() ? m_bytes[m_at[m_i]] : '\0'; }
  std::string_view token() const {
    const std::size_t to = m_i + 1 < m_at.size() ? m_at[m_i + 1] : m_bytes.size();
    return json::trim_space_right(m_bytes.substr(m_at[m_i], to - m_at[m_i]));
  }
  void next() { ++m_i; }
  // Consumes a token of one punctuation character c.
  bool take(char c) {
    if (peek() != c) {
      return false;
    }
    ++m_i;
    return true;
  }
  bool done() const { return m_i == m_at.size(); }

 private:
  std::string_view m_bytes;
  std::span<const std::uint32_t> m_at;
  std::size_t m_i = 0;
};

// A string without escapes, as json::ValueReader reads one that it does not
// have to consume: its raw bytes between the quotes. A quote inside would
// be escaped, so the first one after the opening quote closes it.
bool plain_string(Tokens& t, std::string_view& out) {
  if (t.peek() != '"') {
    return false;
  }
  const std::string_view raw = t.token();
  t.next();
  if (raw.size() < 2 || raw.back() != '"') {
    return false;
  }
  out = raw.substr(1, raw.size() - 2);
  return out.size() <= k_max_string_bytes && plain_bytes(out);
}

// A literal (null, true, false) written exactly.
bool literal(Tokens& t, std::string_view word) {
  if (t.peek() != word.front() || t.token() != word) {
    return false;
  }
  t.next();
  return true;
}

bool null_value(Tokens& t) { return literal(t, "null"); }

// An integer from low to high written as 0 or up to nine digits without a
// leading zero: what real catalogs have; anything else (a sign, a fraction,
// an exponent) is declined.
bool plain_int(Tokens& t, int& out, int low = 0, int high = 999'999'999) {
  if (t.peek() < '0' || t.peek() > '9') {
    return false;
  }
  const std::string_view text = t.token();
  t.next();
  if (text.size() > 9 || (text.front() == '0' && text.size() > 1)) {
    return false;
  }
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + (c - '0');
  }
  out = value;
  return value >= low && value <= high;
}

bool required_string(Tokens& t, std::string& out) {
  std::string_view text;
  const bool ok = plain_string(t, text);
  out.assign(text);  // any value, when declined
  return ok;
}

// A string or null into slot, which keeps its memory.
bool string_or_null(Tokens& t, std::optional<std::string>& slot) {
  if (t.peek() != '"') {
    slot.reset();
    return null_value(t);
  }
  return required_string(t, slot ? *slot : slot.emplace());
}

bool task_of(Tokens& t, Task& out) {
  std::string_view id;
  const auto task = plain_string(t, id) ? task_from_id(id) : std::nullopt;
  out = task.value_or(out);
  return task.has_value();
}

// An array, each element read by each (false: decline).
template <class Each>
bool for_items(Tokens& t, Each&& each) {
  if (!t.take('[')) {
    return false;
  }
  if (t.take(']')) {
    return true;
  }
  do {
    if (!each()) {
      return false;
    }
  } while (t.take(','));
  return t.take(']');
}

// An object, each member's value read by each with the member's index
// (from index_of, which gives `count` for a name it does not know); an
// unknown name is declined, and so is one twice (seen: a bit a name).
template <class IndexOf, class Each>
bool for_members(Tokens& t, unsigned count, IndexOf&& index_of, std::uint32_t& seen, Each&& each) {
  seen = 0;
  if (!t.take('{')) {
    return false;
  }
  if (t.take('}')) {
    return true;
  }
  do {
    std::string_view name;
    if (!plain_string(t, name) || !t.take(':')) {
      return false;
    }
    const unsigned index = index_of(name);
    if (index >= count || (seen & bit(index)) != 0) {
      return false;
    }
    seen |= bit(index);
    if (!each(index)) {
      return false;
    }
  } while (t.take(','));
  return t.take('}');
}

// for_members with the names of a small object.
template <std::size_t N, class Each>
bool for_named(Tokens& t, const std::string_view (&names)[N], std::uint32_t& seen, Each&& each) {
  static_assert(N <= 32);
  const auto index_of = [&](std::string_view name) {
    return static_cast<unsigned>(std::find(std::begin(names), std::end(names), name) - std::begin(names));
  };
  return for_members(t, N, index_of, seen, each);
}

// An array of strings, or null, into out (its strings' memory reused).
bool string_array(Tokens& t, std::vector<std::string>& out) {
  std::size_t count = 0;
  const bool ok = null_value(t) || for_items(t, [&] {
                    if (count == out.size()) {
                      out.emplace_back();
                    }
                    return required_string(t, out[count++]);
                  });
  out.resize(count);
  return ok;
}

// An array of objects, or null, appended to out: each object's members by
// their index among names to member, with the required ones (bits) present.
template <class T, std::size_t N, class Member>
bool object_array(Tokens& t, std::vector<T>& out, const std::string_view (&names)[N], std::uint32_t required,
                  Member&& member) {
  if (t.peek() != '[') {
    return null_value(t);
  }
  return for_items(t, [&] {
    T value{};
    std::uint32_t seen = 0;
    if (!for_named(t, names, seen, [&](unsigned index) { return member(value, index, t); }) ||
        (seen & required) != required) {
      return false;
    }
    out.push_back(std::move(value));
    return true;
  });
}

constexpr std::string_view k_entry_fields[] = {"task", "number", "id", "after_title", "after_links"};
constexpr std::string_view k_fix_fields[] = {"entry", "field", "listed", "curated", "why"};
constexpr std::string_view k_source_fields[] = {"urls", "confirmed", "note", "later_authors"};

bool entry_member(Entry& e, unsigned index, Tokens& t) {
  switch (index) {
    case 0:
      return task_of(t, e.task);
    case 1:
      return plain_int(t, e.number);
    case 2:
      return required_string(t, e.id);
    default:
      return string_or_null(t, index == 3 ? e.after_title : e.after_links);
  }
}

bool fix_member(Fix& f, unsigned index, Tokens& t) {
  std::string* const slots[] = {&f.entry, &f.field, &f.listed, &f.curated, &f.why};
  return required_string(t, *slots[index]);
}

bool read_authors_source(Tokens& t, std::optional<AuthorSource>& out) {
  if (t.peek() != '{') {
    return null_value(t);
  }
  AuthorSource source;
  std::uint32_t seen = 0;
  const bool ok = for_named(t, k_source_fields, seen, [&](unsigned index) {
    switch (index) {
      case 0:
        return string_array(t, source.urls);
      case 1:
        source.confirmed = t.peek() == 't';
        return literal(t, source.confirmed ? "true" : "false");
      case 2:
        return string_or_null(t, source.note);
      default:
        return string_array(t, source.later_authors);
    }
  });
  if (ok) {
    out = std::move(source);
  }
  return ok;
}

// The field-th member of a paper (in k_fields) into p.
bool paper_member(unsigned field, Tokens& t, Paper& p) {
  if (const auto slot = k_slots.optional[field]) {
    return string_or_null(t, p.*slot) && (!k_slots.date[field] || !(p.*slot) || date::is_date(*(p.*slot)));
  }
  if (const auto slot = k_slots.text[field]) {
    return required_string(t, p.*slot);
  }
  switch (field) {
    case at("key"):
      return required_string(t, p.key) && !p.key.empty() &&
             std::all_of(p.key.begin(), p.key.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    case at("year"):
      return plain_int(t, p.year);
    case at("month"):  // reset before the members are read
      return null_value(t) || plain_int(t, p.month.emplace(), 1, 12);
    case at("tasks"):
      return for_items(t, [&] {
        Task task{};
        const bool ok = task_of(t, task);
        p.tasks = static_cast<TaskSet>(p.tasks | task_bit(task));  // any value, when declined
        return ok;
      });
    case at("pdf"):  // cleared before the members are read
      return null_value(t) || required_string(t, p.pdf);
    case at("authors"):
      return string_array(t, p.authors);
    case at("entries"):
      return object_array(t, p.entries, k_entry_fields, 7u, entry_member);
    case at("fixes"):
      return object_array(t, p.fixes, k_fix_fields, 31u, fix_member);
    case at("authors_source"):
      return read_authors_source(t, p.authors_source);
    default:
      return false;
  }
}

}  // namespace

bool read_paper_fast(std::string_view bytes, std::span<const std::uint32_t> structurals, Paper& p) {
  // What is absent is reset after the members are read; these before.
  p.month.reset();
  p.pdf.clear();
  p.tasks = 0;
  p.entries.clear();
  p.fixes.clear();
  p.authors_source.reset();
  Tokens t(bytes, structurals);
  std::uint32_t seen = 0;
  const auto index_of = [](std::string_view name) { return at(name); };
  if (!for_members(t, k_field_count, index_of, seen,
                   [&](unsigned field) { return paper_member(field, t, p); }) ||
      (seen & k_required) != k_required || !t.done()) {
    return false;
  }
  for (unsigned field = 0; field < k_field_count; ++field) {
    if (const auto slot = k_slots.optional[field]; slot && (seen & bit(field)) == 0) {
      (p.*slot).reset();
    }
  }
  p.authors.resize((seen & bit(at("authors"))) != 0 ? p.authors.size() : 0);
  return true;
}

bool read_paper_fast(std::string_view bytes, Paper& into) {
  json::Scanner scanner(bytes, json::k_padding);
  json::Scanner::Span span;
  std::vector<std::uint32_t> structurals;
  return scanner.value(span, &structurals) && scanner.at_end() &&
         read_paper_fast(span.bytes, structurals, into);
}

}  // namespace mllmseg::reader
