#include "util/pages.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

namespace mllmseg::pages {

bool read_at(int fd, char* to, std::size_t size, std::uint64_t offset) {
  while (size > 0) {
    const ssize_t n = ::pread(fd, to, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    to += n;
    size -= static_cast<std::size_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
  return true;
}

namespace {

std::uintptr_t page_size() {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  return page;
}

}  // namespace

void release_pages(const void* data, std::size_t size) {
  const std::uintptr_t page = page_size();
  const auto from = (reinterpret_cast<std::uintptr_t>(data) + page - 1) / page * page;
  const auto to = (reinterpret_cast<std::uintptr_t>(data) + size) / page * page;
  if (to > from) {
    ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
  }
}

void ReleaseBehind::release_to(const char* to) {
  release_pages(m_from, static_cast<std::size_t>(to - m_from));
  const std::uintptr_t page = page_size();
  m_from = reinterpret_cast<const char*>(reinterpret_cast<std::uintptr_t>(to) / page * page);
}

}  // namespace mllmseg::pages
