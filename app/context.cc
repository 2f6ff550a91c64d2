#include "context.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view{} : std::string_view{value};
}

bool locale_is_utf8() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::string value = text::to_lower(env(name));
    if (!value.empty()) {
      return value.find("utf-8") != std::string::npos || value.find("utf8") != std::string::npos;
    }
  }
  return false;
}

std::optional<std::size_t> terminal_width(bool is_terminal) {
  winsize size{};
  if (is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  const std::string columns(env("COLUMNS"));
  if (!columns.empty() && columns.find_first_not_of("0123456789") == std::string::npos &&
      columns.size() < 5 && std::stoul(columns) > 0) {
    return static_cast<std::size_t>(std::stoul(columns));
  }
  return std::nullopt;
}

}  // namespace

Console detect_console(const GlobalOptions& options) {
  Console console;
  console.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  const auto width = terminal_width(console.stdout_is_terminal);
  console.width_known = width.has_value();
  console.style.width = width.value_or(80);
  console.style.utf8 = locale_is_utf8();
  if (options.color == "always") {
    console.style.color = true;
  } else if (options.color == "never") {
    console.style.color = false;
  } else {
    const std::string_view force = env("CLICOLOR_FORCE");
    console.style.color =
        (!force.empty() && force != "0") || (console.stdout_is_terminal && env("NO_COLOR").empty());
  }
  return console;
}

namespace {

template <typename T>
T read_or_fail(Result<source::Read<T>> read, const CatalogChoice& choice) {
  if (!read) {
    const source::Remedy remedy = source::remedy(choice);
    throw Failure(remedy.what.empty() ? read.error()
                                      : fmt::format("{} ({}: {})", read.error(), remedy.what, remedy.fix));
  }
  std::fputs(read->warnings.c_str(), stderr);
  return std::move(read->value);
}

}  // namespace

Catalog load_catalog(const CatalogChoice& choice) {
  return read_or_fail(source::read_catalog(choice), choice);
}

std::unique_ptr<Store> load_store(const GlobalOptions& options) {
  const CatalogChoice choice = choose_catalog(options);
  return read_or_fail(source::read_store(choice, !options.no_cache), choice);
}

}  // namespace mllmseg::app
