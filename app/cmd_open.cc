#include "cmd_open.h"

#include <fmt/format.h>

#include <cstdlib>

#include "io/process.h"
#include "query/lookup.h"
#include "term/opener.h"
#include "util/text.h"

namespace mllmseg::app {

Outcome run_open(const OpenOptions& options, const Store& store) {
  const auto id = find_paper(store, options.paper);
  if (!id) {
    throw Failure(id.error());
  }
  const Paper& paper = store.paper(*id);
  if (options.code && !paper.code) {
    return {{}, fmt::format("mllmseg: {} has no code link\n", paper.name), 1};
  }
  const std::string url = options.code ? *paper.code : paper.pdf;
  if (options.print) {
    return {url + "\n", {}, 0};
  }
  const char* browser = std::getenv("BROWSER");
  std::string failure;
  for (const auto& argv :
       term::open_commands(browser == nullptr ? "" : browser, url, term::this_platform())) {
    const auto status = io::run_program(argv);
    if (!status) {
      continue;  // not installed: try the next
    }
    if (*status == 0) {
      return {{}, fmt::format("mllmseg: opened {}\n", url), 0};
    }
    failure = fmt::format("mllmseg: error: '{}' exited with status {}\n", text::join(argv, " "), *status);
  }
  if (!failure.empty()) {
    return {url + "\n", failure, 2};
  }
  return {url + "\n",
          "mllmseg: note: no browser to open the link with (set $BROWSER, or install xdg-open); here it is\n",
          0};
}

}  // namespace mllmseg::app
