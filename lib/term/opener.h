#pragma once
// Which programs may open a link, in the order to try them: each command of
// $BROWSER (a colon-separated list, %s standing for the link, else the link
// goes last), then the desktop's opener: xdg-open, or open on macOS.

#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::term {

enum class Platform { linux_like, macos };

Platform this_platform();

// Each candidate as argv. Commands are split on spaces, without a shell, so
// that no character of the link is ever interpreted; "%%" is a literal '%'.
std::vector<std::vector<std::string>> open_commands(std::string_view browser, std::string_view url,
                                                    Platform platform);

}  // namespace mllmseg::term
