#include "snapshot/layout.h"

namespace mllmseg::snapshot::layout {

std::uint32_t load32(const char* p) {
  std::uint32_t n = 0;
  for (int i = 3; i >= 0; --i) {
    n = (n << 8) | static_cast<unsigned char>(p[i]);
  }
  return n;
}

std::uint64_t load64(const char* p) {
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) {
    n = (n << 8) | static_cast<unsigned char>(p[i]);
  }
  return n;
}

void store32(std::string& out, std::uint32_t n) {
  for (int i = 0; i < 4; ++i) {
    out.push_back(static_cast<char>(n >> (8 * i)));
  }
}

void store64(std::string& out, std::uint64_t n) {
  for (int i = 0; i < 8; ++i) {
    out.push_back(static_cast<char>(n >> (8 * i)));
  }
}

void pack(packing::Packer& out, const IdentityRecord& record) {
  out.string(record.program);
  out.string(record.catalog.path);
  out.number(record.catalog.size);
  out.number(static_cast<std::uint64_t>(record.catalog.mtime_ns));
  out.number(static_cast<std::uint64_t>(record.catalog.ctime_ns));
  out.number(record.catalog.device);
  out.number(record.catalog.inode);
  out.number(record.catalog.sample_hash);
  out.number(record.content_hash);
  out.number(record.papers);
}

bool unpack(std::string_view bytes, IdentityRecord& record) {
  packing::Unpacker in(bytes);
  record.program = in.string();
  record.catalog.path = in.string();
  record.catalog.size = in.number();
  record.catalog.mtime_ns = static_cast<std::int64_t>(in.number());
  record.catalog.ctime_ns = static_cast<std::int64_t>(in.number());
  record.catalog.device = in.number();
  record.catalog.inode = in.number();
  record.catalog.sample_hash = in.number();
  record.content_hash = in.number();
  record.papers = in.number();
  return !in.failed() && in.at_end();
}

void pack(packing::Packer& out, const Catalog& header) {
  for (const std::string* s : {&header.format, &header.title, &header.source, &header.provenance,
                               &header.updated, &header.updated_from, &header.preamble, &header.epilogue}) {
    out.string(*s);
  }
  out.number(header.sections.size());
  for (const Section& s : header.sections) {
    out.number(static_cast<std::uint64_t>(s.task));
    out.string(s.heading);
    out.integer(s.level);
    out.optional(s.parent);
    out.string(s.blank_line);
    out.optional(s.heading_listed);
    out.string(s.heading_why);
  }
}

bool unpack(std::string_view bytes, Catalog& header) {
  packing::Unpacker in(bytes);
  for (std::string* s : {&header.format, &header.title, &header.source, &header.provenance, &header.updated,
                         &header.updated_from, &header.preamble, &header.epilogue}) {
    *s = in.string();
  }
  header.sections.resize(in.count());
  for (Section& s : header.sections) {
    const std::uint64_t task = in.number();
    if (task > static_cast<std::uint64_t>(Task::video)) {
      return false;
    }
    s.task = static_cast<Task>(task);
    s.heading = in.string();
    s.level = in.integer();
    s.parent = in.optional();
    s.blank_line = in.string();
    s.heading_listed = in.optional();
    s.heading_why = in.string();
  }
  return !in.failed() && in.at_end();
}

}  // namespace mllmseg::snapshot::layout
