#include "io/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mllmseg::io {

Result<WriteOutcome> write_all(int fd, std::string_view data, std::string_view what) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      if (errno == EPIPE) {
        return WriteOutcome::reader_gone;
      }
      return Error{fmt::format("cannot write to {}: {}", what, std::strerror(errno))};
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return WriteOutcome::written;
}

namespace {

// Writes to what path already is, without replacing it: a device, a FIFO.
Status write_in_place(const std::string& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(errno))};
  }
  auto written = write_all(fd, data, path);
  const int err = errno;
  ::close(fd);
  if (!written) {
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(err))};
  }
  if (*written == WriteOutcome::reader_gone) {
    return Error{fmt::format("cannot write '{}': its reader closed it", path)};
  }
  return Ok{};
}

Status replace_file(const std::string& path, std::string_view data);

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view data) {
  if (path.empty()) {
    return Error{"cannot write '': empty file name"};
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {  // through symbolic links
    if (S_ISDIR(info.st_mode)) {
      return Error{fmt::format("cannot write '{}': {}", path, std::strerror(EISDIR))};
    }
    if (!S_ISREG(info.st_mode)) {
      return write_in_place(path, data);
    }
    // A link to a file: the file is replaced, and the link stays a link.
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      if (char* target = ::realpath(path.c_str(), nullptr)) {
        const std::string resolved = target;
        std::free(target);
        return replace_file(resolved, data);
      }
    }
  }
  return replace_file(path, data);
}

namespace {

Status replace_file(const std::string& path, std::string_view data) {
  const auto slash = path.rfind('/');
  std::string temp =
      (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + ".mllmseg-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(errno))};
  }
  const auto fail = [&](int err) {
    ::close(fd);
    ::unlink(temp.c_str());
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(err))};
  };
  // Keep the permissions an ordinary new file would get (mkstemp uses 0600).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) {
    return fail(errno);
  }
  auto written = write_all(fd, data, path);
  if (!written) {
    const int err = errno;
    return fail(err);
  }
  if (::fsync(fd) != 0) {
    return fail(errno);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(err))};
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return Error{fmt::format("cannot write '{}': {}", path, std::strerror(err))};
  }
  return Ok{};
}

}  // namespace

}  // namespace mllmseg::io
