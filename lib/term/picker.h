#pragma once
// The fzf that `mllmseg pick` runs: its command line (preview and key
// bindings calling mllmseg again), and the keys read back from what it prints.
// Written for fzf 0.38 (Debian 12), the oldest fzf this is tested with.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::term {

// fzf reads one line a paper, tab-separated fields, the key first; it shows
// and searches the other fields, and prints the whole lines picked.
inline constexpr char k_pick_separator = '\t';

// The keys bound in fzf, with what they do, in the order its header shows them.
struct PickBinding {
  std::string_view key;
  std::string_view does;
};
// Escape, which quits, goes unsaid: the header must fit beside the preview
// on a terminal of 200 columns.
inline constexpr PickBinding k_pick_bindings[] = {
    {"enter", "print keys"}, {"tab", "select"},         {"ctrl-o", "open paper"},
    {"alt-o", "open code"},  {"ctrl-y", "copy BibTeX"},
};

// fzf's --header: "enter: print keys  tab: select  ...".
std::string pick_header();

struct PickSetup {
  std::string fzf = "fzf";               // the program to run
  std::string self;                      // the mllmseg the preview and the bindings run
  std::string catalog;                   // passed to it as --catalog; empty for none
  std::string query;                     // fzf's starting query; empty for none
  bool color = true;                     // false: fzf in black and white, show uncoloured
  std::optional<std::string> clipboard;  // a shell command copying its input; nullopt for none
};

// fzf's argv, the program first. The preview runs `mllmseg show`; ctrl-o and
// alt-o `mllmseg open [--code]`, its message shown in the preview's label;
// ctrl-y `mllmseg export -f bibtex` of the selection (or the current line)
// into setup.clipboard, or, with none, a note in the preview saying what to
// install. fzf runs these with $SHELL -c, which must be a POSIX shell
// (k_pick_shell).
std::vector<std::string> fzf_arguments(const PickSetup& setup);

// What fzf's environment needs changed: SHELL, as a user's fish or nushell
// would not read the commands above.
inline constexpr std::string_view k_pick_shell = "SHELL=/bin/sh";

// The keys in what fzf printed on accept: the first field of each line,
// in its order, without empty lines.
std::vector<std::string> picked_keys(std::string_view fzf_output);

// s quoted for a POSIX shell: in single quotes, each ' as '\''.
std::string shell_quote(std::string_view s);

// s quoted for a POSIX shell inside an fzf command template: shell_quote with
// each of fzf's placeholders ({}, {1}, {+1}, {q}, {n} ...) escaped by a
// backslash, which fzf removes, so that a path holding one stays as it is.
std::string fzf_quote(std::string_view s);

// The command that copies its standard input to the clipboard: wl-copy on
// Wayland (wayland), else xclip or xsel on X11 (x11), else pbcopy (macOS);
// nullopt when none of them is installed (installed says which are).
std::optional<std::string> clipboard_command(bool wayland, bool x11,
                                             const std::function<bool(std::string_view)>& installed);

// /dev/tty, open while this lives: where fzf reads keys and draws, whatever
// our standard streams are. fd() is -1 when there is no terminal (a cron
// job, CI), where fzf could not run either.
class TerminalDevice {
 public:
  TerminalDevice();
  ~TerminalDevice();
  TerminalDevice(const TerminalDevice&) = delete;
  TerminalDevice& operator=(const TerminalDevice&) = delete;
  int fd() const { return m_fd; }

 private:
  int m_fd = -1;
};

}  // namespace mllmseg::term
