#include "pager.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

#include "io/output.h"
#include "io/process.h"
#include "term/pager.h"

namespace mllmseg::app {

bool show_in_pager(std::string_view text) {
  winsize size{};
  if (::isatty(STDOUT_FILENO) != 1 || ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0) {
    return false;
  }
  if (!term::needs_pager(text, size.ws_row, size.ws_col)) {
    return false;
  }
  const auto command = term::pager_command(std::getenv("MLLMSEG_PAGER"), std::getenv("PAGER"));
  if (!command) {
    return false;
  }
  const auto outcome = io::pipe_to_shell(*command, text);
  if (!outcome) {
    (void)io::write_all(STDERR_FILENO,
                        fmt::format("mllmseg: note: {}; printing without a pager\n", outcome.error()),
                        "standard error");
    return false;
  }
  // A pager quit early still exits 0. Anything else (127: not found) may
  // have shown nothing, as a pipe's buffer takes short output unread.
  if (*outcome != 0) {
    (void)io::write_all(STDERR_FILENO,
                        fmt::format("mllmseg: note: pager '{}' failed (status {}); printing without it\n",
                                    *command, *outcome),
                        "standard error");
    return false;
  }
  return true;
}

}  // namespace mllmseg::app
