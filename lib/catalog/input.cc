#include "catalog/input.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

#include "catalog/json_document.h"
#include "catalog/json_reader.h"

namespace mllmseg {

namespace {

// Pages are handed back in steps of this many bytes, so that madvise runs a
// few hundred times for a large catalog, not once a paper.
constexpr std::size_t k_release_step = std::size_t{8} << 20;

// The inputs open, by the end of their bytes, with how many bytes may be
// read after it, for readable_after.
struct Open {
  const char* end;
  std::size_t padding;
};
std::mutex g_open_mutex;
std::vector<Open> g_open;

void remember(const char* end, std::size_t padding) {
  const std::lock_guard lock(g_open_mutex);
  g_open.push_back({end, padding});
}

void forget(const char* end) {
  const std::lock_guard lock(g_open_mutex);
  std::erase_if(g_open, [&](const Open& o) { return o.end == end; });
}

}  // namespace

std::size_t readable_after(std::string_view bytes) {
  const char* end = bytes.data() + bytes.size();
  const std::lock_guard lock(g_open_mutex);
  const auto it = std::find_if(g_open.begin(), g_open.end(), [&](const Open& o) { return o.end == end; });
  return it == g_open.end() ? 0 : it->padding;
}

Result<CatalogInput> CatalogInput::open(const std::string& path, std::size_t max_bytes) {
  CatalogInput input;
  // The path is opened once: a FIFO's writer meets this reader, and what is
  // mapped is what was opened.
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (path != "-" && fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
      static_cast<std::uintmax_t>(info.st_size) <= max_bytes) {
    // The file over the start of a larger anonymous mapping of zeros, so
    // that json::k_padding readable bytes follow it, as simdjson needs,
    // without a copy.
    const auto size = static_cast<std::size_t>(info.st_size);
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t mapped = (size + json::k_padding + page - 1) / page * page;
    void* region = ::mmap(nullptr, mapped, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    void* map =
        region == MAP_FAILED ? MAP_FAILED : ::mmap(region, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    if (map != MAP_FAILED) {
      ::close(fd);
      ::madvise(map, size, MADV_SEQUENTIAL);
      input.m_map = static_cast<const char*>(map);
      input.m_behind = pages::ReleaseBehind(input.m_map, true, k_release_step);
      input.m_size = size;
      input.m_mapped = mapped;
      remember(input.m_map + size, mapped - size);
      return input;
    }
    if (region != MAP_FAILED) {
      ::munmap(region, mapped);
    }
  }
  // Anything else, errors included, as read_input reads and names it.
  auto bytes = read_open_input(fd, path, max_bytes);
  if (!bytes) {
    return Error{bytes.error()};
  }
  input.m_buffer = std::move(*bytes);
  input.m_buffer.reserve(input.m_buffer.size() + json::k_padding);
  remember(input.m_buffer.data() + input.m_buffer.size(), input.m_buffer.capacity() - input.m_buffer.size());
  return input;
}

CatalogInput::CatalogInput(CatalogInput&& other) noexcept
    : m_map(std::exchange(other.m_map, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_mapped(std::exchange(other.m_mapped, 0)),
      m_behind(other.m_behind),
      m_buffer(std::move(other.m_buffer)) {
  // The buffer, past the small-string size, keeps its address.
  other.m_buffer.clear();
}

CatalogInput::~CatalogInput() {
  if (m_map != nullptr) {
    forget(m_map + m_size);
    ::munmap(const_cast<char*>(m_map), m_mapped);
  } else if (m_buffer.capacity() >= json::k_padding) {
    forget(m_buffer.data() + m_buffer.size());
  }
}

void CatalogInput::done_before(std::size_t offset) {
  if (m_map != nullptr) {
    m_behind.passed(m_map + offset);
  }
}

Result<std::string> read_input(const std::string& path, std::size_t max_bytes, std::string_view what) {
  const bool from_stdin = path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  return read_open_input(fd, path, max_bytes, what);
}

Result<std::string> read_open_input(int fd, const std::string& path, std::size_t max_bytes,
                                    std::string_view what) {
  const bool from_stdin = path == "-";
  const std::string named =
      fmt::format("{}{}'{}'", what, what.empty() ? "" : " ", from_stdin ? "<stdin>" : path);
  const auto failure = [&](int err) {
    return Error{fmt::format("cannot read {}: {}", named, std::strerror(err))};
  };
  if (fd < 0) {
    return failure(errno);
  }
  const auto too_big = [&] {
    if (!from_stdin) {
      ::close(fd);
    }
    return Error{fmt::format("cannot read {}: over the limit of {}", named, size_text(max_bytes))};
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
