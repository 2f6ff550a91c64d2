#include "store/paper_table.h"

#include <array>
#include <bit>
#include <cstring>

#include "store/packing.h"
#include "util/pages.h"

namespace mllmseg {

namespace {

using packing::Unpacker;

}  // namespace

void PaperTable::add(const Paper& p) {
  pack(p, m_scratch);
  add_packed(m_scratch);
}

namespace {

// Fields go in Paper's order, except that key, name, title, venue and
// abstract (what search reads for every paper) come first, so that they are
// read without unpacking.
template <class Pack>
void pack_fields(const Paper& p, Pack& pack) {
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
}

}  // namespace

void PaperTable::pack(const Paper& p, std::string& out) {
  // Measured, then written: the same fields twice, from one list.
  packing::Measure measure;
  pack_fields(p, measure);
  out.resize(measure.size());
  packing::PointerPacker write(out.data());
  pack_fields(p, write);
}

void PaperTable::add_packed(std::string_view record) { m_records.push_back(m_kept.keep(record)); }

void PaperTable::add_kept(std::string_view record) { m_records.push_back(record); }

namespace {

// Assignments that keep the target's memory for the next paper.
void assign(std::optional<std::string>& to, std::optional<std::string_view> from) {
  if (!from) {
    to.reset();
  } else if (to) {
    to->assign(*from);
  } else {
    to.emplace(*from);
  }
}

void assign(std::vector<std::string>& to, Unpacker& in) {
  to.resize(in.count());
  for (std::string& s : to) {
    s.assign(in.string());
  }
}

}  // namespace

Paper PaperTable::get(DocId id) const {
  Paper p;
  get(id, p);
  return p;
}

std::string_view PaperTable::fetch(DocId id, std::string& copy) const {
  if (m_fd < 0) {
    return record(id);
  }
  // The offsets too are read from the file when it can be, so that the
  // papers a command prints do not map the pages of a million offsets; any
  // that the file gives must lie within the records (the last offset).
  std::uint64_t from = 0;
  std::uint64_t to = 0;
  std::array<char, 16> pair{};
  const bool read = m_offsets_at != 0 && std::endian::native == std::endian::little &&
                    pages::read_at(m_fd, pair.data(), pair.size(), m_offsets_at + std::uint64_t{8} * id);
  if (read) {
    std::memcpy(&from, pair.data(), 8);
    std::memcpy(&to, pair.data() + 8, 8);
  }
  if (!read || from > to || to > m_offsets.back()) {
    from = m_offsets[id];
    to = m_offsets[id + 1];
  }
  copy.resize(to - from);
  if (copy.empty() || pages::read_at(m_fd, copy.data(), copy.size(), m_file_at + from)) {
    return copy;
  }
  return record(id);
}

PaperTable::Head PaperTable::head(DocId id, std::string& copy) const {
  Unpacker in(fetch(id, copy));
  Head head;
  for (std::string_view* field : {&head.key, &head.name, &head.title, &head.venue}) {
    *field = in.string();
  }
  return head;
}

void PaperTable::get(DocId id, Paper& p) const {
  // One copy a thread, reused from paper to paper.
  thread_local std::string copy;
  unpack(fetch(id, copy), p);
}

void PaperTable::unpack(std::string_view record, Paper& p) {
  Unpacker in(record);
  p.key.assign(in.string());
  p.name.assign(in.string());
  p.title.assign(in.string());
  p.venue.assign(in.string());
  assign(p.abstract, in.optional_view());
  p.year = in.integer();
  const int month = in.integer();
  p.month.reset();
  if (in.number() != 0) {
    p.month = month;
  }
  assign(p.submitted, in.optional_view());
  assign(p.published, in.optional_view());
  assign(p.listed, in.optional_view());
  assign(p.listed_by, in.optional_view());
  p.tasks = static_cast<TaskSet>(in.number());
  assign(p.arxiv, in.optional_view());
  p.pdf.assign(in.string());
  assign(p.code, in.optional_view());
  assign(p.project, in.optional_view());
  assign(p.doi, in.optional_view());
  assign(p.authors, in);
  p.entries.resize(in.count());
  for (Entry& e : p.entries) {
    e.task = static_cast<Task>(in.number());
    e.number = in.integer();
    e.id.assign(in.string());
    assign(e.after_title, in.optional_view());
    assign(e.after_links, in.optional_view());
  }
  p.fixes.resize(in.count());
  for (Fix& f : p.fixes) {
    for (std::string* s : {&f.entry, &f.field, &f.listed, &f.curated, &f.why}) {
      s->assign(in.string());
    }
  }
  p.authors_source.reset();
  if (in.number() != 0) {
    AuthorSource& source = p.authors_source.emplace();
    assign(source.urls, in);
    source.confirmed = in.number() != 0;
    assign(source.note, in.optional_view());
    assign(source.later_authors, in);
  }
}

std::string_view PaperTable::key(DocId id) const { return Unpacker(record(id)).string(); }

std::string_view PaperTable::name(DocId id) const {
  Unpacker in(record(id));
  in.skip(1);
  return in.string();
}

std::string_view PaperTable::title(DocId id) const {
  Unpacker in(record(id));
  in.skip(2);
  return in.string();
}

std::string_view PaperTable::venue(DocId id) const {
  Unpacker in(record(id));
  in.skip(3);
  return in.string();
}

std::optional<std::string_view> PaperTable::abstract(DocId id) const {
  Unpacker in(record(id));
  in.skip(4);
  return in.optional_view();
}

PaperTable PaperTable::view(std::string_view records, std::span<const std::uint64_t> offsets) {
  PaperTable table;
  table.m_view = records.data();
  table.m_offsets = offsets;
  return table;
}

PaperTable PaperTable::view(std::string_view records, std::vector<std::uint64_t> offsets) {
  PaperTable table;
  table.m_view = records.data();
  table.m_own_offsets = std::move(offsets);
  table.m_offsets = table.m_own_offsets;  // a vector's items stay where they are when it moves
  return table;
}

}  // namespace mllmseg
