#include "context.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

#include "catalog/embedded.h"
#include "catalog/input.h"
#include "catalog/load.h"
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

std::size_t terminal_width(bool is_terminal) {
  winsize size{};
  if (is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  const std::string columns(env("COLUMNS"));
  if (!columns.empty() && columns.find_first_not_of("0123456789") == std::string::npos &&
      columns.size() < 5) {
    return static_cast<std::size_t>(std::stoul(columns));
  }
  return 80;
}

}  // namespace

Console detect_console(const GlobalOptions& options) {
  Console console;
  console.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  console.style.width = terminal_width(console.stdout_is_terminal);
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

std::string user_catalog_path() {
  const std::string data_home(env("XDG_DATA_HOME"));
  if (!data_home.empty() && data_home.front() == '/') {
    return data_home + "/mllmseg/catalog.json";
  }
  const std::string home(env("HOME"));
  return home.empty() ? std::string() : home + "/.local/share/mllmseg/catalog.json";
}

CatalogChoice choose_catalog(const GlobalOptions& options) {
  if (!options.catalog.empty()) {
    return {options.catalog, options.catalog == "-" ? "<stdin>" : options.catalog, "--catalog"};
  }
  if (const std::string path(env("MLLMSEG_CATALOG")); !path.empty()) {
    return {path, path, "MLLMSEG_CATALOG"};
  }
  if (const std::string path = user_catalog_path(); !path.empty() && ::access(path.c_str(), F_OK) == 0) {
    return {path, path, "user catalog"};
  }
  return built_in_catalog();
}

CatalogChoice built_in_catalog() { return {{}, std::string(embedded::k_origin), "built in"}; }

namespace {

// Reads the chosen catalog, handing each paper to sink as it is read.
Result<Catalog> read_chosen(const CatalogChoice& choice, const PaperSink& sink) {
  if (choice.path.empty()) {
    return read_catalog(embedded::catalog_json(), choice.origin, sink);
  }
  auto input = CatalogInput::open(choice.path);
  if (!input) {
    return Error{input.error()};
  }
  return read_catalog(input->bytes(), choice.origin, sink,
                      [&](std::size_t offset) { input->done_before(offset); });
}

}  // namespace

Catalog load_catalog(const CatalogChoice& choice) {
  std::vector<Paper> papers;
  auto catalog = read_chosen(choice, [&](std::size_t index, Paper&& p) {
    papers.resize(index);
    papers.push_back(std::move(p));
  });
  if (!catalog) {
    throw Failure(catalog.error());
  }
  catalog->papers = std::move(papers);
  return std::move(*catalog);
}

std::unique_ptr<Store> load_store(const GlobalOptions& options) {
  // Papers go straight into the store, packed, one at a time.
  auto store = std::make_unique<Store>();
  auto header = read_chosen(choose_catalog(options), [&](std::size_t index, Paper&& p) {
    if (index < store->size()) {
      store = std::make_unique<Store>();  // the document is being read again
    }
    store->add(p);
  });
  if (!header) {
    throw Failure(header.error());
  }
  store->set_header(std::move(*header));
  return store;
}

}  // namespace mllmseg::app
