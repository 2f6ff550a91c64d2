#include "term/picker.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

namespace mllmseg::term {

namespace {

// Whether inner, what stands between '{' and '}', makes a placeholder of
// fzf 0.38 (its regex: {[+sf]*[0-9,-.]*}, {q}, {+?f?nf?}).
bool is_placeholder(std::string_view inner) {
  if (inner == "q") {
    return true;
  }
  std::string_view rest = inner;
  if (!rest.empty() && rest.front() == '+') {
    rest.remove_prefix(1);
  }
  if (!rest.empty() && rest.front() == 'f') {
    rest.remove_prefix(1);
  }
  if (rest == "n" || rest == "nf") {
    return true;
  }
  const std::size_t flags = inner.find_first_not_of("+sf");
  return flags == std::string_view::npos ||
         inner.find_first_not_of("0123456789,-.", flags) == std::string_view::npos;
}

// "'/usr/bin/mllmseg' --catalog '/home/me/papers.json'": the mllmseg the
// commands run, with the catalog the picker shows.
std::string mllmseg_command(const PickSetup& setup) {
  std::string out = fzf_quote(setup.self);
  if (!setup.catalog.empty()) {
    out += " --catalog " + fzf_quote(setup.catalog);
  }
  return out;
}

// Runs `mllmseg open [--code]` on the current line, and prints for the
// preview's label the last message it said ("mllmseg: opened https://...",
// "mllmseg: X has no code link"), followed by the link it printed when the
// message lacks it (no browser: "...; here it is"). Its output goes through a
// file, as a browser the opener starts inherits it: a pipe would be held open
// for as long as the browser runs, and fzf would wait.
std::string open_command(const std::string& mllmseg, bool code) {
  return fmt::format(
      "f=$(mktemp) || exit 0; {} open{} -- {{1}} </dev/null >\"$f\" 2>&1; "
      "m=$(grep '^mllmseg: ' \"$f\" | tail -n 1); u=$(grep -E '^https?://' \"$f\" | tail -n 1); rm -f "
      "\"$f\"; "
      "case $m in *\"$u\"*) ;; *) m=\"$m $u\" ;; esac; printf ' %s \\n' \"$m\"",
      mllmseg, code ? " --code" : "");
}

// Copies the BibTeX of the selection (or the current line) with clipboard,
// and prints what happened for the preview's label.
std::string copy_command(const std::string& mllmseg, const std::string& clipboard) {
  return fmt::format(
      "set -- {{+1}}; if b=$({0} export -f bibtex -- \"$@\" </dev/null 2>/dev/null); then "
      "printf '%s\\n' \"$b\" | {1} >/dev/null 2>&1 && printf ' copied the BibTeX of %s to the clipboard \\n' "
      "\"$*\" "
      "|| printf ' %s failed; nothing copied \\n' {2}; "
      "else printf ' could not export the BibTeX of %s \\n' \"$*\"; fi",
      mllmseg, clipboard, fzf_quote(clipboard.substr(0, clipboard.find(' '))));
}

// What ctrl-y shows in the preview when no clipboard tool is installed.
std::string no_clipboard_command() {
  return "printf '%s\\n' 'No clipboard tool: pick copies with wl-copy (Wayland), xclip or xsel (X11), or "
         "pbcopy (macOS).' 'Install one (Debian: apt install wl-clipboard, or xclip), or run:' ''; "
         "printf '  mllmseg export -f bibtex'; printf ' %s' {+1}; printf '\\n'";
}

}  // namespace

std::string pick_header() {
  std::string out;
  for (const PickBinding& binding : k_pick_bindings) {
    out += fmt::format("{}{}: {}", out.empty() ? "" : "  ", binding.key, binding.does);
  }
  return out;
}

std::vector<std::string> fzf_arguments(const PickSetup& setup) {
  const std::string mllmseg = mllmseg_command(setup);
  std::vector<std::string> argv = {
      setup.fzf,
      "--multi",
      // A regex: \t is the tab. The key is shown nowhere, searched never.
      "--delimiter=\\t",
      "--with-nth=2..",
      // Each field is padded to its column already; a tab is one more space.
      "--tabstop=1",
      "--layout=reverse",
      // The name stays in view, rather than scrolled away to show a match in the title.
      "--no-hscroll",
      "--header=" + pick_header(),
      fmt::format("--preview={} --color={} show -- {{1}}", mllmseg, setup.color ? "always" : "never"),
      // Beside the list when there is room for both, else below it.
      "--preview-window=right,50%,wrap,<80(down,50%,wrap)",
      "--bind=ctrl-o:transform-preview-label:" + open_command(mllmseg, false),
      "--bind=alt-o:transform-preview-label:" + open_command(mllmseg, true),
      "--bind=ctrl-y:" + (setup.clipboard
                              ? "transform-preview-label:" + copy_command(mllmseg, *setup.clipboard)
                              : "preview:" + no_clipboard_command()),
      // A message in the label is about the line it was given for.
      "--bind=focus:change-preview-label:",
  };
  if (!setup.color) {
    argv.emplace_back("--color=bw");
  }
  if (!setup.query.empty()) {
    argv.push_back("--query=" + setup.query);
  }
  return argv;
}

std::vector<std::string> picked_keys(std::string_view fzf_output) {
  std::vector<std::string> keys;
  while (!fzf_output.empty()) {
    const std::size_t end = fzf_output.find('\n');
    std::string_view line = fzf_output.substr(0, end);
    fzf_output.remove_prefix(end == std::string_view::npos ? fzf_output.size() : end + 1);
    line = line.substr(0, line.find(k_pick_separator));
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (!line.empty()) {
      keys.emplace_back(line);
    }
  }
  return keys;
}

std::string shell_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

std::string fzf_quote(std::string_view s) {
  const std::string quoted = shell_quote(s);
  std::string out;
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] == '{') {
      const std::size_t close = quoted.find('}', i + 1);
      if (close != std::string::npos &&
          is_placeholder(std::string_view(quoted).substr(i + 1, close - i - 1))) {
        out += '\\';
      }
    }
    out += quoted[i];
  }
  return out;
}

std::optional<std::string> clipboard_command(bool wayland, bool x11,
                                             const std::function<bool(std::string_view)>& installed) {
  if (wayland && installed("wl-copy")) {
    return "wl-copy";
  }
  if (x11 && installed("xclip")) {
    return "xclip -selection clipboard";
  }
  if (x11 && installed("xsel")) {
    return "xsel --clipboard --input";
  }
  if (installed("pbcopy")) {
    return "pbcopy";
  }
  return std::nullopt;
}

TerminalDevice::TerminalDevice() : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}

TerminalDevice::~TerminalDevice() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

}  // namespace mllmseg::term
