#include "io/process.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace mllmseg::io {

namespace {

// Restores the signal dispositions a child should start with; an ignored
// SIGPIPE, say, would otherwise carry over into it.
class SpawnAttributes {
 public:
  SpawnAttributes() {
    ::posix_spawnattr_init(&m_attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    ::posix_spawnattr_setsigdefault(&m_attr, &defaults);
    ::posix_spawnattr_setflags(&m_attr, POSIX_SPAWN_SETSIGDEF);
  }
  ~SpawnAttributes() { ::posix_spawnattr_destroy(&m_attr); }
  SpawnAttributes(const SpawnAttributes&) = delete;
  SpawnAttributes& operator=(const SpawnAttributes&) = delete;
  const posix_spawnattr_t* get() const { return &m_attr; }

 private:
  posix_spawnattr_t m_attr;
};

class FileActions {
 public:
  FileActions() { ::posix_spawn_file_actions_init(&m_actions); }
  ~FileActions() { ::posix_spawn_file_actions_destroy(&m_actions); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  posix_spawn_file_actions_t* get() { return &m_actions; }

 private:
  posix_spawn_file_actions_t m_actions;
};

// Sets SIGINT and SIGQUIT to be ignored for its lifetime.
class IgnoreInterrupts {
 public:
  IgnoreInterrupts() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGINT, &ignore, &m_int);
    ::sigaction(SIGQUIT, &ignore, &m_quit);
  }
  ~IgnoreInterrupts() {
    ::sigaction(SIGINT, &m_int, nullptr);
    ::sigaction(SIGQUIT, &m_quit, nullptr);
  }
  IgnoreInterrupts(const IgnoreInterrupts&) = delete;
  IgnoreInterrupts& operator=(const IgnoreInterrupts&) = delete;

 private:
  struct sigaction m_int {};
  struct sigaction m_quit {};
};

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return 127;
    }
  }
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 127;
}

// Both ends of a pipe, closed on exec (each child gets the end it needs by
// dup2) and when done with.
class Pipe {
 public:
  Pipe() {
    if (::pipe(m_fds) != 0) {
      m_fds[0] = m_fds[1] = -1;
      return;
    }
    for (int fd : m_fds) {
      ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  bool ok() const { return m_fds[0] >= 0; }
  int read_end() const { return m_fds[0]; }
  int write_end() const { return m_fds[1]; }
  void close_read() { close(m_fds[0]); }
  void close_write() { close(m_fds[1]); }

 private:
  static void close(int& fd) {
    if (fd >= 0) {
      ::close(fd);
      fd = -1;
    }
  }
  int m_fds[2] = {-1, -1};
};

int status_of(int status) {
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 127;
}

// Our environment with each NAME=value of changes in place of ours.
std::vector<std::string> changed_environment(const std::vector<std::string>& changes) {
  std::vector<std::string> out;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string_view current(*entry);
    const std::string_view name = current.substr(0, current.find('='));
    bool replaced = false;
    for (const std::string& change : changes) {
      replaced = replaced || std::string_view(change).substr(0, change.find('=')) == name;
    }
    if (!replaced) {
      out.emplace_back(current);
    }
  }
  out.insert(out.end(), changes.begin(), changes.end());
  return out;
}

// Appends what fd holds now, without waiting; false at its end.
bool drain(int fd, std::string& out) {
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      out.append(buffer, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
  }
}

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  out.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    out.push_back(const_cast<char*>(arg.c_str()));
  }
  out.push_back(nullptr);
  return out;
}

}  // namespace

Result<int> run_program(const std::vector<std::string>& argv) {
  if (argv.empty() || argv.front().empty()) {
    return Error{"no program to run"};
  }
  const SpawnAttributes attributes;
  std::vector<char*> args = c_argv(argv);
  pid_t pid = 0;
  const int failed = ::posix_spawnp(&pid, args[0], nullptr, attributes.get(), args.data(), environ);
  if (failed != 0) {
    return Error{fmt::format("cannot run '{}': {}", argv.front(), std::strerror(failed))};
  }
  return wait_for(pid);
}

Result<int> pipe_to_shell(const std::string& command, std::string_view data) {
  int fds[2];
  if (::pipe(fds) != 0) {
    return Error{fmt::format("cannot make a pipe: {}", std::strerror(errno))};
  }
  FileActions actions;
  ::posix_spawn_file_actions_adddup2(actions.get(), fds[0], STDIN_FILENO);
  ::posix_spawn_file_actions_addclose(actions.get(), fds[0]);
  ::posix_spawn_file_actions_addclose(actions.get(), fds[1]);
  const SpawnAttributes attributes;
  const std::vector<std::string> argv = {"/bin/sh", "-c", command};
  std::vector<char*> args = c_argv(argv);
  const IgnoreInterrupts ignore;
  pid_t pid = 0;
  const int failed = ::posix_spawn(&pid, "/bin/sh", actions.get(), attributes.get(), args.data(), environ);
  ::close(fds[0]);
  if (failed != 0) {
    ::close(fds[1]);
    return Error{fmt::format("cannot run /bin/sh: {}", std::strerror(failed))};
  }
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fds[1], data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      break;  // EPIPE: the program stopped reading, which a pager may
    }
    written += static_cast<std::size_t>(n);
  }
  ::close(fds[1]);
  return wait_for(pid);
}

Result<Captured> run_capturing(const std::vector<std::string>& argv, const CaptureOptions& options) {
  if (argv.empty() || argv.front().empty()) {
    return Error{"no program to run"};
  }
  Pipe input;
  Pipe output;
  if (!input.ok() || !output.ok()) {
    return Error{fmt::format("cannot make a pipe: {}", std::strerror(errno))};
  }
  FileActions actions;
  ::posix_spawn_file_actions_adddup2(actions.get(), input.read_end(), STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(actions.get(), output.write_end(), STDOUT_FILENO);
  if (options.stderr_fd >= 0) {
    ::posix_spawn_file_actions_adddup2(actions.get(), options.stderr_fd, STDERR_FILENO);
  }
  const SpawnAttributes attributes;
  std::vector<char*> args = c_argv(argv);
  const std::vector<std::string> environment = changed_environment(options.env);
  std::vector<char*> envp = c_argv(environment);
  const IgnoreInterrupts ignore;
  pid_t pid = 0;
  const int failed = ::posix_spawnp(&pid, args[0], actions.get(), attributes.get(), args.data(), envp.data());
  input.close_read();
  output.close_write();
  if (failed != 0) {
    return Error{fmt::format("cannot run '{}': {}", argv.front(), std::strerror(failed))};
  }
  ::fcntl(input.write_end(), F_SETFL, O_NONBLOCK);
  ::fcntl(output.read_end(), F_SETFL, O_NONBLOCK);
  Captured captured;
  std::size_t written = 0;
  if (options.input.empty()) {
    input.close_write();
  }
  // Until the program ends: a child of it may keep the output open (a browser
  // an opener started), and its end is the end of what it says.
  for (;;) {
    pollfd fds[2];
    nfds_t count = 0;
    if (output.read_end() >= 0) {
      fds[count++] = {output.read_end(), POLLIN, 0};
    }
    if (input.write_end() >= 0) {
      fds[count++] = {input.write_end(), POLLOUT, 0};
    }
    if (count > 0 && ::poll(fds, count, 100) < 0 && errno != EINTR) {
      break;
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (fds[i].revents == 0) {
        continue;
      }
      if (fds[i].fd == output.read_end() && !drain(output.read_end(), captured.out)) {
        output.close_read();
      } else if (fds[i].fd == input.write_end()) {
        const std::string_view rest = std::string_view(options.input).substr(written);
        const ssize_t n = ::write(input.write_end(), rest.data(), rest.size());
        if (n > 0) {
          written += static_cast<std::size_t>(n);
        }
        if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == options.input.size()) {
          input.close_write();  // all written, or EPIPE: the program stopped reading
        }
      }
    }
    int status = 0;
    const bool serving = output.read_end() >= 0 || input.write_end() >= 0;
    const pid_t ended = ::waitpid(pid, &status, serving ? WNOHANG : 0);
    if (ended == pid) {
      if (output.read_end() >= 0) {
        drain(output.read_end(), captured.out);
      }
      captured.status = status_of(status);
      return captured;
    }
    if (ended < 0 && errno != EINTR) {
      captured.status = 127;
      return captured;
    }
  }
  captured.status = wait_for(pid);
  return captured;
}

std::optional<std::string> find_program(std::string_view name, std::string_view path) {
  const auto runnable = [](const std::string& file) {
    struct stat info {};
    return ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(file.c_str(), X_OK) == 0;
  };
  if (name.empty()) {
    return std::nullopt;
  }
  if (name.find('/') != std::string_view::npos) {
    const std::string file(name);
    return runnable(file) ? std::optional(file) : std::nullopt;
  }
  for (std::size_t start = 0;;) {
    const std::size_t colon = path.find(':', start);
    const std::string_view dir = path.substr(start, colon == std::string_view::npos ? colon : colon - start);
    const std::string file = fmt::format("{}/{}", dir.empty() ? "." : dir, name);
    if (runnable(file)) {
      return file;
    }
    if (colon == std::string_view::npos) {
      return std::nullopt;
    }
    start = colon + 1;
  }
}

std::optional<std::string> self_path() {
  char buffer[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer);
  if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buffer) {
    return std::nullopt;
  }
  return std::string(buffer, static_cast<std::size_t>(n));
}

}  // namespace mllmseg::io
