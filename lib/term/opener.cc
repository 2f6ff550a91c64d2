#include "term/opener.h"

#include <algorithm>
#include <array>

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

std::optional<std::string> link_scheme(std::string_view url) {
  std::string clean;
  for (char c : url) {
    const auto b = static_cast<unsigned char>(c);
    if ((clean.empty() && b <= 0x20) || c == '\t' || c == '\n' || c == '\r') {
      continue;
    }
    clean += c;
  }
  const std::size_t colon = clean.find(':');
  if (colon == std::string::npos || colon == 0) {
    return std::nullopt;
  }
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(clean[0])) {
    return std::nullopt;
  }
  std::string scheme;
  for (char c : clean.substr(0, colon)) {
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
      return std::nullopt;
    }
    scheme += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return scheme;
}

std::optional<std::string> open_refusal(std::string_view url) {
  const auto starts = [&](std::string_view prefix) {
    return url.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), url.begin(), [](char p, char c) {
             return p == (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
           });
  };
  if (starts("http://") || starts("https://")) {
    return std::nullopt;
  }
  const auto scheme = link_scheme(url);
  if (scheme && *scheme != "http" && *scheme != "https") {
    return "its scheme is " + *scheme + ":, and only http and https links are opened";
  }
  return std::string("it is not an http or https link, and only those are opened");
}

bool is_unsafe_scheme(std::string_view scheme) {
  constexpr std::array<std::string_view, 4> k_unsafe = {"javascript", "vbscript", "data", "file"};
  return std::find(k_unsafe.begin(), k_unsafe.end(), scheme) != k_unsafe.end();
}

}  // namespace mllmseg::term
