#include "io/process.h"

#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
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

}  // namespace mllmseg::io
