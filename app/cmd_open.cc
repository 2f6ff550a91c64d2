#include "cmd_open.h"

#include <fmt/format.h>

#include <cstdlib>

#include "io/process.h"
#include "query/lookup.h"
#include "term/opener.h"
#include "util/text.h"

namespace mllmseg::app {

Outcome run_open(const OpenOptions& options, const Store& store) {
  // "-" reads the name from standard input (mllmseg search x | head -1 | mllmseg open -).
  const std::string wanted[] = {options.paper};
  const NamedPapers named = find_papers_reading_stdin(store, wanted, options.stdin_is_catalog);
  if (!named.errors.empty()) {
    throw Failure(text::join(named.errors, "\nmllmseg: error: "));
  }
  if (named.ids.empty()) {
    throw Failure("standard input named no paper");
  }
  if (named.ids.size() > 1) {
    throw Failure(fmt::format("open takes one paper; standard input named {}", named.ids.size()));
  }
  const Paper& paper = store.paper(named.ids.front());
  if (options.code && !paper.code && paper.project) {
    // A project page is not code, but it is where the code would be announced.
    return {{},
            fmt::format("mllmseg: {} has no code repository, only a project page: {} (mllmseg open --project "
                        "{} opens it)\n",
                        paper.name, text::one_line(*paper.project), paper.key),
            1};
  }
  if (options.code && !paper.code) {
    return {{}, fmt::format("mllmseg: {} has no code link\n", paper.name), 1};
  }
  if (options.project && !paper.project) {
    return {{}, fmt::format("mllmseg: {} has no project page\n", paper.name), 1};
  }
  if (!options.code && !options.project && paper.pdf.empty()) {
    return {{}, fmt::format("mllmseg: {} has no paper link\n", paper.name), 1};
  }
  const std::string url = options.code ? *paper.code : options.project ? *paper.project : paper.pdf;
  if (options.print) {
    return {url + "\n", {}, 0};
  }
  if (const auto refusal = term::open_refusal(url)) {
    throw Failure(fmt::format("not opening the {} link of '{}': {} (--print shows it)",
                              options.code      ? "code"
                              : options.project ? "project"
                                                : "paper",
                              paper.key, *refusal));
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
