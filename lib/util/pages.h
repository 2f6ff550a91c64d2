#pragma once
// Reading a large file's bytes without their pages joining the process's
// memory: copies by pread(2) instead of reads through a mapping, and
// handing a mapping's pages back once read. The kernel maps the page
// cache's large folios whole, so that scattered reads through a mapping
// bring in hundreds of KiB each.

#include <cstddef>
#include <cstdint>

namespace mllmseg::pages {

// Copies size bytes of the file open as fd, from offset on, into to; false
// when the file holds fewer (retried on EINTR and short reads).
bool read_at(int fd, char* to, std::size_t size, std::uint64_t offset);

// Hands back the pages wholly inside [data, data + size) of a read-only
// mapping of a file: they leave the process's memory and are read from the
// page cache again when next touched, so views into them stay valid.
void release_pages(const void* data, std::size_t size);

// Hands back a mapped range's pages as a reading that only moves forward
// passes them, a piece of piece bytes or more at a time (so that madvise
// runs once a piece, not once a read); does nothing when the range is not a
// file's mapped pages (memory of the process's own, which handing back
// would zero).
class ReleaseBehind {
 public:
  static constexpr std::size_t k_piece = std::size_t{1} << 20;
  ReleaseBehind() = default;  // does nothing
  ReleaseBehind(const void* data, bool file_mapped, std::size_t piece = k_piece)
      : m_from(static_cast<const char*>(data)), m_piece(piece), m_on(file_mapped && data != nullptr) {}
  // The reading has passed every byte before to.
  void passed(const void* to) {
    const char* end = static_cast<const char*>(to);
    if (m_on && end >= m_from + m_piece) {
      release_to(end);
    }
  }
  // The same, of the index-th element of an array from data.
  template <typename T>
  void passed(const T* data, std::size_t index) {
    passed(static_cast<const void*>(data + index));
  }

 private:
  // Releases [m_from, to) and moves m_from to the page to lies in.
  void release_to(const char* to);

  const char* m_from = nullptr;
  std::size_t m_piece = k_piece;
  bool m_on = false;
};

}  // namespace mllmseg::pages
