#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <array>
#include <cerrno>
#include <cstring>

#include "io/output.h"
#include "snapshot/layout.h"
#include "snapshot/snapshot.h"
#include "store/word_index.h"
#include "util/hash.h"

namespace mllmseg::snapshot {

namespace {

// Writes to a file through a buffer, hashing what follows the checksums:
// the head up to begin_body(), the body after.
class Output {
 public:
  explicit Output(int fd) : m_fd(fd) { m_buffer.reserve(k_buffer); }

  void add(std::string_view bytes) {
    const std::size_t hashed_from =
        m_written < layout::k_checked_from ? layout::k_checked_from - m_written : 0;
    if (hashed_from < bytes.size()) {
      (m_in_body ? m_body : m_head).add(bytes.substr(hashed_from));
    }
    m_written += bytes.size();
    if (m_buffer.size() + bytes.size() > k_buffer) {
      flush();
    }
    if (bytes.size() >= k_buffer) {
      put(bytes);
    } else {
      m_buffer.append(bytes);
    }
  }
  void pad() {
    static constexpr char k_zeros[8] = {};
    add({k_zeros, (8 - m_written % 8) % 8});
  }
  void flush() {
    put(m_buffer);
    m_buffer.clear();
  }
  bool ok() const { return m_error == 0; }
  int error() const { return m_error; }
  void begin_body() { m_in_body = true; }
  std::uint64_t written() const { return m_written; }
  std::uint64_t head_checksum() const { return m_head.finish(); }
  std::uint64_t body_checksum() const { return m_body.finish(); }

 private:
  static constexpr std::size_t k_buffer = std::size_t{1} << 20;

  void put(std::string_view bytes) {
    if (m_error == 0 && !io::write_all(m_fd, bytes, "snapshot")) {
      m_error = errno;
    }
  }

  int m_fd;
  std::string m_buffer;
  std::uint64_t m_written = 0;
  hash::Hasher m_head;
  hash::Hasher m_body;
  bool m_in_body = false;
  int m_error = 0;
};

std::uint64_t padded(std::uint64_t n) { return (n + 7) / 8 * 8; }

std::string packed_strings(const std::vector<std::string>& list) {
  std::string out;
  packing::Packer(out).strings(list);
  return out;
}

}  // namespace

Status write_to(int fd, const Store& store, const Identity& catalog, std::uint64_t content_hash) {
  std::string identity;
  packing::Packer identity_out(identity);
  layout::pack(identity_out, layout::IdentityRecord{program(), catalog, content_hash, store.size()});
  std::string header;
  packing::Packer header_out(header);
  layout::pack(header_out, store.header());
  const std::string venues = packed_strings(store.venues());
  const std::string days = packed_strings(store.days());
  std::uint64_t records = 0;
  for (DocId id = 0; id < store.size(); ++id) {
    records += store.papers().record(id).size();
  }

  std::vector<std::uint64_t> sizes{
      identity.size(),        header.size(), venues.size(), days.size(), store.size() * layout::k_fact_bytes,
      (store.size() + 1) * 8, records};
  const std::vector<std::string_view> words =
      store.word_index() != nullptr ? store.word_index()->blocks() : std::vector<std::string_view>{};
  for (const std::string_view block : words) {
    sizes.push_back(block.size());
  }
  std::string head(layout::k_magic);
  layout::store32(head, layout::k_format);
  layout::store32(head, 0);
  layout::store64(head, 0);  // the file size and checksums, written last
  layout::store64(head, 0);
  layout::store64(head, 0);
  layout::store64(head, sizes.size());
  std::uint64_t at = layout::table_end(sizes.size());
  for (const std::uint64_t size : sizes) {
    layout::store64(head, at);
    layout::store64(head, size);
    at = padded(at + size);
  }

  Output out(fd);
  out.add(head);
  for (const std::string* part :
       std::initializer_list<const std::string*>{&identity, &header, &venues, &days}) {
    out.pad();
    out.add(*part);
  }
  out.pad();
  std::string chunk;
  for (const Store::Facts& f : store.facts()) {
    chunk.push_back(static_cast<char>(f.tasks));
    chunk.push_back(static_cast<char>(f.flags));
    chunk.append(2, '\0');
    layout::store32(chunk, static_cast<std::uint32_t>(f.year));
    layout::store32(chunk, f.venue);
    layout::store32(chunk, f.listed);
    if (chunk.size() >= 65536) {
      out.add(chunk);
      chunk.clear();
    }
  }
  out.add(chunk);
  chunk.clear();
  out.pad();
  out.begin_body();
  std::uint64_t offset = 0;
  for (DocId id = 0; id <= store.size(); ++id) {
    layout::store64(chunk, offset);
    if (id < store.size()) {
      offset += store.papers().record(id).size();
    }
    if (chunk.size() >= 65536) {
      out.add(chunk);
      chunk.clear();
    }
  }
  out.add(chunk);
  out.pad();
  // Records that follow one another in memory (a table packs them into
  // large blocks) are written as one run, not copied through the buffer.
  std::string_view run;
  for (DocId id = 0; id < store.size(); ++id) {
    const std::string_view record = store.papers().record(id);
    if (!run.empty() && record.data() == run.data() + run.size()) {
      run = std::string_view(run.data(), run.size() + record.size());
      continue;
    }
    out.add(run);
    run = record;
  }
  out.add(run);
  for (const std::string_view block : words) {
    out.pad();
    out.add(block);
  }
  out.flush();
  if (!out.ok()) {
    return Error{std::strerror(out.error())};
  }
  std::string sums;
  layout::store64(sums, out.written());
  layout::store64(sums, out.head_checksum());
  layout::store64(sums, out.body_checksum());
  if (::pwrite(fd, sums.data(), sums.size(), 16) != static_cast<ssize_t>(sums.size())) {
    return Error{std::strerror(errno)};
  }
  return Ok{};
}

std::string program() {
  return fmt::format("mllmseg {}, snapshot format {}", MLLMSEG_VERSION, layout::k_format);
}

Status write(const std::string& path, const Store& store, const Identity& catalog,
             std::uint64_t content_hash) {
  std::string temporary = path + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return Error{fmt::format("cannot write snapshot '{}': {}", path, std::strerror(errno))};
  }
  Status written = write_to(fd, store, catalog, content_hash);
  if (::close(fd) != 0 && written) {
    written = Error{std::strerror(errno)};
  }
  if (written && ::rename(temporary.c_str(), path.c_str()) != 0) {
    written = Error{std::strerror(errno)};
  }
  if (!written) {
    ::unlink(temporary.c_str());
    return Error{fmt::format("cannot write snapshot '{}': {}", path, written.error())};
  }
  return Ok{};
}

}  // namespace mllmseg::snapshot
