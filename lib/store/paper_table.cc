#include "store/paper_table.h"

#include <cstring>

namespace mllmseg {

namespace {

// Blocks are this large unless a paper needs more.
constexpr std::size_t k_block_size = std::size_t{1} << 20;

// Packing: unsigned numbers as LEB128 varints; a string as its length and
// bytes; an optional string as 0 when absent, else length + 1 and bytes; a
// list as its length and items. Fields go in Paper's order, except that key,
// name, title, venue and abstract (what search reads for every paper) come
// first, so that they are read without unpacking.
class Packer {
 public:
  explicit Packer(std::string& out) : m_out(out) { m_out.clear(); }

  void number(std::size_t n) {
    while (n >= 0x80) {
      m_out.push_back(static_cast<char>((n & 0x7F) | 0x80));
      n >>= 7;
    }
    m_out.push_back(static_cast<char>(n));
  }
  void integer(int n) { number(static_cast<std::uint32_t>(n)); }
  void string(std::string_view s) {
    number(s.size());
    m_out.append(s);
  }
  void optional(const std::optional<std::string>& s) {
    number(s ? s->size() + 1 : 0);
    if (s) {
      m_out.append(*s);
    }
  }
  void strings(const std::vector<std::string>& list) {
    number(list.size());
    for (const auto& s : list) {
      string(s);
    }
  }

 private:
  std::string& m_out;
};

class Unpacker {
 public:
  explicit Unpacker(const char* at) : m_at(at) {}

  std::size_t number() {
    std::size_t n = 0;
    for (unsigned shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*m_at++);
      n |= static_cast<std::size_t>(byte & 0x7F) << shift;
      if (byte < 0x80) {
        return n;
      }
    }
  }
  int integer() { return static_cast<int>(static_cast<std::uint32_t>(number())); }
  std::string_view string() {
    const std::size_t size = number();
    const std::string_view s(m_at, size);
    m_at += size;
    return s;
  }
  std::optional<std::string_view> optional_view() {
    const std::size_t size = number();
    if (size == 0) {
      return std::nullopt;
    }
    const std::string_view s(m_at, size - 1);
    m_at += size - 1;
    return s;
  }
  std::optional<std::string> optional() {
    const auto s = optional_view();
    return s ? std::optional<std::string>(*s) : std::nullopt;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list(number());
    for (auto& s : list) {
      s = string();
    }
    return list;
  }
  void skip(std::size_t strings) {
    for (std::size_t i = 0; i < strings; ++i) {
      string();
    }
  }

 private:
  const char* m_at;
};

}  // namespace

void PaperTable::add(const Paper& p) {
  Packer pack(m_scratch);
  pack.string(p.key);
  pack.string(p.name);
  pack.string(p.title);
  pack.string(p.venue);
  pack.optional(p.abstract);
  pack.integer(p.year);
  pack.integer(p.month.value_or(0));
  pack.number(p.month ? 1 : 0);
  pack.optional(p.submitted);
  pack.optional(p.published);
  pack.optional(p.listed);
  pack.optional(p.listed_by);
  pack.number(p.tasks);
  pack.optional(p.arxiv);
  pack.string(p.pdf);
  pack.optional(p.code);
  pack.optional(p.project);
  pack.optional(p.doi);
  pack.strings(p.authors);
  pack.number(p.entries.size());
  for (const Entry& e : p.entries) {
    pack.number(static_cast<std::size_t>(e.task));
    pack.integer(e.number);
    pack.string(e.id);
    pack.optional(e.after_title);
    pack.optional(e.after_links);
  }
  pack.number(p.fixes.size());
  for (const Fix& f : p.fixes) {
    for (const std::string* s : {&f.entry, &f.field, &f.listed, &f.curated, &f.why}) {
      pack.string(*s);
    }
  }
  pack.number(p.authors_source ? 1 : 0);
  if (p.authors_source) {
    pack.strings(p.authors_source->urls);
    pack.number(p.authors_source->confirmed ? 1 : 0);
    pack.optional(p.authors_source->note);
    pack.strings(p.authors_source->later_authors);
  }

  if (m_scratch.size() > m_free_size) {
    const std::size_t size = std::max(k_block_size, m_scratch.size());
    m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
    m_free = m_blocks.back().get();
    m_free_size = size;
  }
  std::memcpy(m_free, m_scratch.data(), m_scratch.size());
  m_records.push_back(m_free);
  m_free += m_scratch.size();
  m_free_size -= m_scratch.size();
}

Paper PaperTable::get(DocId id) const {
  Unpacker in(m_records[id]);
  Paper p;
  p.key = in.string();
  p.name = in.string();
  p.title = in.string();
  p.venue = in.string();
  p.abstract = in.optional();
  p.year = in.integer();
  const int month = in.integer();
  if (in.number() != 0) {
    p.month = month;
  }
  p.submitted = in.optional();
  p.published = in.optional();
  p.listed = in.optional();
  p.listed_by = in.optional();
  p.tasks = static_cast<TaskSet>(in.number());
  p.arxiv = in.optional();
  p.pdf = in.string();
  p.code = in.optional();
  p.project = in.optional();
  p.doi = in.optional();
  p.authors = in.strings();
  p.entries.resize(in.number());
  for (Entry& e : p.entries) {
    e.task = static_cast<Task>(in.number());
    e.number = in.integer();
    e.id = in.string();
    e.after_title = in.optional();
    e.after_links = in.optional();
  }
  p.fixes.resize(in.number());
  for (Fix& f : p.fixes) {
    for (std::string* s : {&f.entry, &f.field, &f.listed, &f.curated, &f.why}) {
      *s = in.string();
    }
  }
  if (in.number() != 0) {
    AuthorSource& source = p.authors_source.emplace();
    source.urls = in.strings();
    source.confirmed = in.number() != 0;
    source.note = in.optional();
    source.later_authors = in.strings();
  }
  return p;
}

std::string_view PaperTable::key(DocId id) const { return Unpacker(m_records[id]).string(); }

std::string_view PaperTable::name(DocId id) const {
  Unpacker in(m_records[id]);
  in.skip(1);
  return in.string();
}

std::string_view PaperTable::title(DocId id) const {
  Unpacker in(m_records[id]);
  in.skip(2);
  return in.string();
}

std::string_view PaperTable::venue(DocId id) const {
  Unpacker in(m_records[id]);
  in.skip(3);
  return in.string();
}

std::optional<std::string_view> PaperTable::abstract(DocId id) const {
  Unpacker in(m_records[id]);
  in.skip(4);
  return in.optional_view();
}

}  // namespace mllmseg
