#include "importer/document.h"

#include <fmt/format.h>

#include "catalog/load.h"

namespace mllmseg::importer {

Result<Document> read_document(std::string_view bytes, std::string_view origin) {
  std::string_view start = bytes;
  if (start.starts_with("\xEF\xBB\xBF")) {
    start.remove_prefix(3);
  }
  const auto first = start.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && start[first] == '{') {
    auto catalog = parse_catalog(bytes, origin);
    if (!catalog) {
      return Error{catalog.error()};
    }
    return Document{std::move(*catalog), std::nullopt};
  }
  Import list = import_list(bytes);
  if (list.catalog.papers.empty()) {
    return Error{
        fmt::format("{}: neither a catalog (JSON) nor a list: no numbered entry under a heading that names "
                    "a task",
                    origin)};
  }
  Catalog catalog = list.catalog;
  return Document{std::move(catalog), std::move(list)};
}

}  // namespace mllmseg::importer
