#pragma once
// Which programs may open a link, in the order to try them: each command of
// $BROWSER (a colon-separated list, %s standing for the link, else the link
// goes last), then the desktop's opener: xdg-open, or open on macOS.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::term {

enum class Platform { linux_like, macos };

Platform this_platform();

// Each candidate as argv. Commands are split on spaces, without a shell, so
// that no character of the link is ever interpreted; "%%" is a literal '%'.
// No "--" goes before the link: xdg-open refuses one ("unexpected option
// '--'"), macOS open and browsers do not all take one, and a link that
// open_refusal lets through starts with "http://" or "https://", so that no
// opener can take it for an option.
std::vector<std::vector<std::string>> open_commands(std::string_view browser, std::string_view url,
                                                    Platform platform);

// The scheme of a link as a browser reads it, in lowercase: leading spaces
// and control characters skipped, tabs and line breaks inside dropped, so
// that " JavaScript:x" and "java\tscript:x" are "javascript". nullopt when
// the link has none (a path, "--new-window=...", "www.example.org").
std::optional<std::string> link_scheme(std::string_view url);

// Why url is not to be opened, or nullopt when it may be: only links that
// start with "http://" or "https://" (in any case) are. A javascript:,
// vbscript: or data: link runs code or shows content it carries in the
// browser, a file: link opens a local file, and text that is no link (one
// starting with '-') could be read as an option by the opener.
std::optional<std::string> open_refusal(std::string_view url);

// Whether a link of this scheme (as link_scheme gives it) is unsafe to
// follow from a list: javascript, vbscript, data or file.
bool is_unsafe_scheme(std::string_view scheme);

}  // namespace mllmseg::term
