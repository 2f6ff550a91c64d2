#include "cmd_pick.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "format/pick.h"
#include "io/process.h"
#include "results.h"
#include "term/picker.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// The fzf to run: $MLLMSEG_FZF when set, else fzf on PATH.
std::string find_fzf() {
  const std::string wanted = env("MLLMSEG_FZF");
  if (auto found = io::find_program(wanted.empty() ? "fzf" : wanted, env("PATH"))) {
    return *found;
  }
  if (!wanted.empty()) {
    throw Failure(
        fmt::format("MLLMSEG_FZF is '{}', which is no program that can be run", text::one_line(wanted)));
  }
  throw Failure("pick needs fzf, which is not installed (Debian: apt install fzf)");
}

term::PickSetup pick_setup(const PickOptions& options, const GlobalOptions& global, std::string fzf) {
  const CatalogChoice catalog = choose_catalog(global);
  if (catalog.path == "-") {
    throw Failure(
        "pick cannot read the catalog from standard input: its preview and keys read it again; give "
        "--catalog a file");
  }
  term::PickSetup setup;
  setup.fzf = std::move(fzf);
  // The mllmseg running now, whatever PATH holds; "mllmseg" where the system does not say.
  setup.self = io::self_path().value_or("mllmseg");
  if (!catalog.path.empty()) {
    std::error_code ignored;
    setup.catalog = std::filesystem::absolute(catalog.path, ignored).string();
  }
  setup.query = text::join(options.query, " ");
  setup.color = global.color == "always" || (global.color == "auto" && env("NO_COLOR").empty());
  const std::string path = env("PATH");
  setup.clipboard = term::clipboard_command(
      !env("WAYLAND_DISPLAY").empty(), !env("DISPLAY").empty(),
      [&path](std::string_view name) { return io::find_program(name, path).has_value(); });
  return setup;
}

}  // namespace

Outcome run_pick(const PickOptions& options, const Store& store, const GlobalOptions& global) {
  const Answer answer = answer_for(store, to_request(options.filters, options.order, store));
  const std::vector<DocId>& ids = answer.ids;
  const std::string notes = answer_notes(answer);
  if (ids.empty()) {
    return {{}, notes + "mllmseg: no paper matches; nothing to pick from\n", 1};
  }
  const term::PickSetup setup = pick_setup(options, global, find_fzf());
  // fzf draws on the terminal and reads keys from it, whatever our standard
  // streams are: $(mllmseg pick) works, and so does 2>log.
  const term::TerminalDevice terminal;
  if (terminal.fd() < 0) {
    throw Failure("pick needs a terminal for fzf, and /dev/tty cannot be opened; list and search need none");
  }
  io::CaptureOptions run;
  run.input = format::pick_lines(store, ids);
  run.env = {std::string(term::k_pick_shell)};
  run.stderr_fd = terminal.fd();
  const auto fzf = io::run_capturing(term::fzf_arguments(setup), run);
  if (!fzf) {
    throw Failure(fzf.error());
  }
  // 1: accepted with nothing matching; 130: Escape or Ctrl-C. Nothing picked.
  if (fzf->status == 1 || fzf->status == 130) {
    return {{}, notes, 1};
  }
  if (fzf->status != 0) {
    throw Failure(fmt::format("fzf failed (status {})", fzf->status));
  }
  const std::vector<std::string> keys = term::picked_keys(fzf->out);
  std::string out;
  for (const std::string& key : keys) {
    out += key + '\n';
  }
  return {out, notes, status_for(keys.size())};
}

}  // namespace mllmseg::app
