#include "term/opener.h"

namespace mllmseg::term {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = std::min(s.find(sep, start), s.size());
    if (end > start) {
      parts.push_back(s.substr(start, end - start));
    }
    start = end + 1;
  }
  return parts;
}

// One argument with %s replaced by the link and %% by '%'; sets used when %s
// occurred.
std::string substitute(std::string_view arg, std::string_view url, bool& used) {
  std::string out;
  for (std::size_t i = 0; i < arg.size(); ++i) {
    if (arg[i] == '%' && i + 1 < arg.size() && (arg[i + 1] == 's' || arg[i + 1] == '%')) {
      if (arg[i + 1] == 's') {
        out += url;
        used = true;
      } else {
        out += '%';
      }
      ++i;
    } else {
      out += arg[i];
    }
  }
  return out;
}

}  // namespace

Platform this_platform() {
#ifdef __APPLE__
  return Platform::macos;
#else
  return Platform::linux_like;
#endif
}

std::vector<std::vector<std::string>> open_commands(std::string_view browser, std::string_view url,
                                                    Platform platform) {
  std::vector<std::vector<std::string>> commands;
  for (std::string_view command : split(browser, ':')) {
    std::vector<std::string> argv;
    bool used = false;
    for (std::string_view word : split(command, ' ')) {
      argv.push_back(substitute(word, url, used));
    }
    if (argv.empty()) {
      continue;
    }
    if (!used) {
      argv.emplace_back(url);
    }
    commands.push_back(std::move(argv));
  }
  commands.push_back({platform == Platform::macos ? "open" : "xdg-open", std::string(url)});
  return commands;
}

}  // namespace mllmseg::term
