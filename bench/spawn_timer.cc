// Times commands that start and end in a few milliseconds, where a runner in
// Python adds its own fork of a large process and its noise to each one:
//
//   mllmseg_spawn_timer ROUNDS -- COMMAND... [-- COMMAND...]...
//
// Every round runs each command once, in an order shuffled with a fixed
// seed (a command run right after another can be slower for it), spawned
// directly with standard output to /dev/null; the wall time runs from
// before posix_spawn to after waitpid. A command that fails (status 2 and
// up) stops the run: it would time an error. Prints each command's median, first
// quartile and mean, and its median against the first command's.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace {

struct Command {
  std::vector<char*> argv;  // null-terminated
  std::string label;
  std::vector<double> ms;
};

int usage() {
  std::fputs("usage: mllmseg_spawn_timer ROUNDS -- COMMAND... [-- COMMAND...]...\n", stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4 || std::string_view(argv[2]) != "--") {
    return usage();
  }
  const int rounds = std::atoi(argv[1]);
  if (rounds < 1) {
    return usage();
  }
  std::vector<Command> commands;
  for (int i = 2; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--") {
      commands.emplace_back();
      continue;
    }
    Command& command = commands.back();
    command.argv.push_back(argv[i]);
    if (!command.label.empty()) {
      command.label += ' ';
    }
    command.label += argv[i];
  }
  for (Command& command : commands) {
    if (command.argv.empty()) {
      return usage();
    }
    command.argv.push_back(nullptr);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  std::mt19937 shuffler(12345);
  std::vector<std::size_t> order(commands.size());
  std::iota(order.begin(), order.end(), 0);
  for (int round = 0; round < rounds; ++round) {
    std::shuffle(order.begin(), order.end(), shuffler);
    for (const std::size_t c : order) {
      Command& command = commands[c];
      const auto start = std::chrono::steady_clock::now();
      pid_t pid = 0;
      if (posix_spawn(&pid, command.argv[0], &actions, nullptr, command.argv.data(), environ) != 0) {
        std::fprintf(stderr, "mllmseg_spawn_timer: cannot run %s\n", command.argv[0]);
        return 2;
      }
      int status = 0;
      ::waitpid(pid, &status, 0);
      command.ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      // 0 and 1 (nothing found) are answers; anything else would time an error.
      if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
        std::fprintf(stderr, "mllmseg_spawn_timer: %s failed (%s %d)\n", command.label.c_str(),
                     WIFEXITED(status) ? "status" : "signal",
                     WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        return 2;
      }
    }
  }
  double reference = 0;
  for (Command& command : commands) {
    std::vector<double>& ms = command.ms;
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    reference = reference == 0 ? median : reference;
    std::printf("%-56s median %.3f ms  p25 %.3f  mean %.3f  %.3fx\n", command.label.c_str(), median,
                ms[ms.size() / 4], mean, median / reference);
  }
  return 0;
}
