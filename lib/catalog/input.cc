#include "catalog/input.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace mllmseg {

namespace {

// Pages are handed back in steps of this many bytes, so that madvise runs a
// few hundred times for a large catalog, not once a paper.
constexpr std::size_t k_release_step = std::size_t{8} << 20;

}  // namespace

Result<CatalogInput> CatalogInput::open(const std::string& path, std::size_t max_bytes) {
  CatalogInput input;
  // The path is opened once: a FIFO's writer meets this reader, and what is
  // mapped is what was opened.
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (path != "-" && fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
      static_cast<std::uintmax_t>(info.st_size) <= max_bytes) {
    const auto size = static_cast<std::size_t>(info.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      ::close(fd);
      ::madvise(map, size, MADV_SEQUENTIAL);
      input.m_map = static_cast<const char*>(map);
      input.m_size = size;
      return input;
    }
  }
  // Anything else, errors included, as read_input reads and names it.
  auto bytes = read_open_input(fd, path, max_bytes);
  if (!bytes) {
    return Error{bytes.error()};
  }
  input.m_buffer = std::move(*bytes);
  return input;
}

CatalogInput::CatalogInput(CatalogInput&& other) noexcept
    : m_map(std::exchange(other.m_map, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_released(other.m_released),
      m_buffer(std::move(other.m_buffer)) {}

CatalogInput::~CatalogInput() {
  if (m_map != nullptr) {
    ::munmap(const_cast<char*>(m_map), m_size);
  }
}

void CatalogInput::done_before(std::size_t offset) {
  if (m_map == nullptr || offset < m_released + k_release_step) {
    return;
  }
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = offset / page * page;
  ::madvise(const_cast<char*>(m_map) + m_released, end - m_released, MADV_DONTNEED);
  m_released = end;
}

}  // namespace mllmseg
