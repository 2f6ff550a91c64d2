#include "catalog/paper_fast.h"

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalog/json_reader.h"
#include "catalog/load.h"
#include "catalog/paper_members.h"
#include "util/date.h"

namespace mllmseg::reader {

namespace od = simdjson::ondemand;

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

// Spans larger than this are left to the slow path, so that a hostile
// catalog does not grow this parser as well as the slow one.
constexpr std::size_t k_max_fast_bytes = std::size_t{1} << 20;

std::string_view fast_trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// No control character (< 0x20), as json::ValueReader checks (simdjson 3's
// first stage refuses them too), and no backslash, so that the raw bytes are
// the value (escapes are declined). Eight bytes at a time, little-endian:
// those of the last word past raw (readable: padding follows) count as 0xFF.
static_assert(std::endian::native == std::endian::little);
bool plain_bytes(std::string_view raw) {
  constexpr std::uint64_t ones = 0x0101010101010101;
  std::uint64_t bad = 0;
  for (std::size_t i = 0; i < raw.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, raw.data() + i, 8);
    if (raw.size() - i < 8) {
      w |= ~std::uint64_t{0} << (8 * (raw.size() - i));
    }
    const std::uint64_t slash = w ^ (ones * '\\');
    bad |= ((w - ones * 0x20) & ~w) | ((slash - ones) & ~slash);  // a byte < 0x20; a backslash
  }
  return (bad & (ones * 0x80)) == 0;
}

// A value with its raw token (its bytes up to the next structural
// character), whose first byte tells its kind, as value::type() does.
struct Item {
  od::value& value;
  std::string_view token;
  char first() const { return token.empty() ? '\0' : token.front(); }
};

// A string without escapes, as json::ValueReader reads one that it does not
// have to consume: its raw bytes between the quotes.
bool plain_string(const Item& item, std::string_view& out) {
  std::string_view raw = fast_trim(item.token);
  if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') {
    return false;
  }
  out = raw.substr(1, raw.size() - 2);
  return out.size() <= k_max_string_bytes && plain_bytes(out);
}

bool null_value(const Item& item) {
  bool null = false;
  return item.first() == 'n' && !item.value.is_null().get(null) && null;
}

// An integer from low to high written as 0 or up to nine digits without a
// leading zero: what real catalogs have; anything else (a sign, a fraction,
// an exponent) is declined.
bool plain_int(const Item& item, int& out, int low = 0, int high = 999'999'999) {
  const std::string_view text = fast_trim(item.token);
  if (text.empty() || text.size() > 9 || (text.front() == '0' && text.size() > 1)) {
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

// The name of an object's member, found as json::ValueReader finds it: from
// after its opening quote to the quote before the colon before the value.
bool plain_name(od::field& field, std::string_view& name) {
  const char* const start = field.key().raw();
  name = fast_trim({start, static_cast<std::size_t>(field.value().raw_json_token().data() - start)});
  if (!name.ends_with(':') || !(name = fast_trim(name.substr(0, name.size() - 1))).ends_with('"')) {
    return false;
  }
  name.remove_suffix(1);
  return name.size() <= k_max_string_bytes && plain_bytes(name);
}

bool required_string(const Item& item, std::string& out) {
  std::string_view text;
  const bool ok = plain_string(item, text);
  out.assign(text);  // any value, when declined
  return ok;
}

// A string or null into slot, which keeps its memory.
bool string_or_null(const Item& item, std::optional<std::string>& slot) {
  if (item.first() != '"') {
    slot.reset();
    return null_value(item);
  }
  return required_string(item, slot ? *slot : slot.emplace());
}

bool task_of(const Item& item, Task& out) {
  std::string_view id;
  const auto task = plain_string(item, id) ? task_from_id(id) : std::nullopt;
  out = task.value_or(out);
  return task.has_value();
}

// Each element of an array, as an Item, to each (false: decline).
template <class Each>
bool for_items(od::value& value, Each&& each) {
  od::array array;
  if (value.get_array().get(array)) {
    return false;
  }
  for (auto element : array) {
    od::value v;
    if (std::move(element).get(v) || !each(Item{v, v.raw_json_token()})) {
      return false;
    }
  }
  return true;
}

// Each member of an object, by its index among names, to each; a name not
// among them is declined, and so is one twice (seen: a bit a name).
template <std::size_t N, class Each>
bool for_members(od::value& value, const std::string_view (&names)[N], std::uint32_t& seen, Each&& each) {
  static_assert(N <= 32);
  od::object object;
  if (value.get_object().get(object)) {
    return false;
  }
  seen = 0;
  for (auto member : object) {
    od::field field;
    std::string_view name;
    if (std::move(member).get(field) || !plain_name(field, name)) {
      return false;
    }
    const auto index =
        static_cast<unsigned>(std::find(std::begin(names), std::end(names), name) - std::begin(names));
    if (index == N || (seen & bit(index)) != 0) {
      return false;
    }
    seen |= bit(index);
    od::value& v = field.value();
    if (!each(index, Item{v, v.raw_json_token()})) {
      return false;
    }
  }
  return true;
}

// An array of strings, or null, into out (its strings' memory reused).
bool string_array(const Item& item, std::vector<std::string>& out) {
  std::size_t count = 0;
  const bool ok = null_value(item) || (item.first() == '[' && for_items(item.value, [&](const Item& element) {
                                         if (count == out.size()) {
                                           out.emplace_back();
                                         }
                                         return required_string(element, out[count++]);
                                       }));
  out.resize(count);
  return ok;
}

// An array of objects, or null, appended to out: each object's members by
// their index among names to member, with the required ones (bits) present.
template <class T, std::size_t N, class Member>
bool object_array(const Item& item, std::vector<T>& out, const std::string_view (&names)[N],
                  std::uint32_t required, Member&& member) {
  if (item.first() != '[') {
    return null_value(item);
  }
  return for_items(item.value, [&](const Item& element) {
    T value{};
    std::uint32_t seen = 0;
    if (!for_members(element.value, names, seen,
                     [&](unsigned index, const Item& m) { return member(value, index, m); }) ||
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

bool entry_member(Entry& e, unsigned index, const Item& item) {
  switch (index) {
    case 0:
      return task_of(item, e.task);
    case 1:
      return plain_int(item, e.number);
    case 2:
      return required_string(item, e.id);
    default:
      return string_or_null(item, index == 3 ? e.after_title : e.after_links);
  }
}

bool fix_member(Fix& f, unsigned index, const Item& item) {
  std::string* const slots[] = {&f.entry, &f.field, &f.listed, &f.curated, &f.why};
  return required_string(item, *slots[index]);
}

bool read_authors_source(const Item& item, std::optional<AuthorSource>& out) {
  if (item.first() != '{') {
    return null_value(item);
  }
  AuthorSource source;
  std::uint32_t seen = 0;
  const bool ok = for_members(item.value, k_source_fields, seen, [&](unsigned index, const Item& member) {
    switch (index) {
      case 0:
        return string_array(member, source.urls);
      case 1:
        return (member.first() == 't' || member.first() == 'f') &&
               !member.value.get_bool().get(source.confirmed);
      case 2:
        return string_or_null(member, source.note);
      default:
        return string_array(member, source.later_authors);
    }
  });
  if (ok) {
    out = std::move(source);
  }
  return ok;
}

// The field-th member of a paper (in k_fields) into p.
bool paper_member(unsigned field, const Item& item, Paper& p) {
  if (const auto slot = k_slots.optional[field]) {
    return string_or_null(item, p.*slot) && (!k_slots.date[field] || !(p.*slot) || date::is_date(*(p.*slot)));
  }
  if (const auto slot = k_slots.text[field]) {
    return required_string(item, p.*slot);
  }
  switch (field) {
    case at("key"):
      return required_string(item, p.key) && !p.key.empty() &&
             std::all_of(p.key.begin(), p.key.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    case at("year"):
      return plain_int(item, p.year);
    case at("month"):  // reset before the members are read
      return null_value(item) || plain_int(item, p.month.emplace(), 1, 12);
    case at("tasks"):
      return item.first() == '[' && for_items(item.value, [&](const Item& element) {
               Task t{};
               const bool ok = task_of(element, t);
               p.tasks = static_cast<TaskSet>(p.tasks | task_bit(t));  // any value, when declined
               return ok;
             });
    case at("pdf"):  // cleared before the members are read
      return null_value(item) || required_string(item, p.pdf);
    case at("authors"):
      return string_array(item, p.authors);
    case at("entries"):
      return object_array(item, p.entries, k_entry_fields, 7u, entry_member);
    case at("fixes"):
      return object_array(item, p.fixes, k_fix_fields, 31u, fix_member);
    case at("authors_source"):
      return read_authors_source(item, p.authors_source);
    default:
      return false;
  }
}

}  // namespace

struct FastPaperReader::Impl {
  od::parser parser;
};

FastPaperReader::FastPaperReader() : m_impl(std::make_unique<Impl>()) {}
FastPaperReader::~FastPaperReader() = default;

bool FastPaperReader::read(std::string_view bytes, Paper& p) {
  od::parser& parser = m_impl->parser;
  // Papers nest three deep (paper, entries, entry); simdjson counts the root.
  constexpr std::size_t k_depth = 8;
  if (bytes.size() > k_max_fast_bytes ||
      ((bytes.size() > parser.capacity() || parser.max_depth() < k_depth) &&
       parser.allocate(std::max(bytes.size(), parser.capacity()), k_depth) != simdjson::SUCCESS)) {
    return false;
  }
  od::document doc;
  od::object object;
  if (parser.iterate(bytes.data(), bytes.size(), bytes.size() + json::k_padding).get(doc) ||
      doc.get_object().get(object)) {
    return false;
  }
  // What is absent is reset after the members are read; these before.
  p.month.reset();
  p.pdf.clear();
  p.tasks = 0;
  p.entries.clear();
  p.fixes.clear();
  p.authors_source.reset();
  std::uint32_t seen = 0;
  for (auto member : object) {
    od::field field;
    std::string_view name;
    if (std::move(member).get(field) || !plain_name(field, name)) {
      return false;
    }
    const unsigned index = at(name);
    if (index == k_field_count || (seen & bit(index)) != 0) {
      return false;
    }
    seen |= bit(index);
    od::value& value = field.value();
    if (!paper_member(index, Item{value, value.raw_json_token()}, p)) {
      return false;
    }
  }
  if ((seen & k_required) != k_required) {
    return false;
  }
  for (unsigned field = 0; field < k_field_count; ++field) {
    if (const auto slot = k_slots.optional[field]; slot && (seen & bit(field)) == 0) {
      (p.*slot).reset();
    }
  }
  p.authors.resize((seen & bit(at("authors"))) != 0 ? p.authors.size() : 0);
  // Nothing after the object: simdjson's cursor is past the last token.
  return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

}  // namespace mllmseg::reader
