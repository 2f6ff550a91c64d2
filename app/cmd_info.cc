#include "cmd_info.h"

#include <fmt/format.h>

#include "format/info.h"
#include "util/text.h"

namespace mllmseg::app {

Outcome run_info(const InfoOptions& options, const GlobalOptions& global, const Console& console) {
  const CatalogChoice choice = choose_catalog(global);
  const Store store(load_catalog(choice));
  std::size_t with_authors = 0;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper p = store.paper(id);
    with_authors += p.authors.empty() ? 0u : 1u;
  }
  const std::size_t with_code = store.with_code(true).size();
  if (auto json = json_output(options.json, "info", console)) {
    const format::CatalogInfo info{choice.path,
                                   choice.reason,
                                   store.size(),
                                   with_code,
                                   with_authors,
                                   store.header().updated,
                                   store.header().updated_from,
                                   user_catalog_path()};
    return {json_text(format::render_json(format::info_json(info), *json)), {}, 0};
  }
  std::string out;
  out += fmt::format("catalog       {} ({})\n", choice.origin, choice.reason);
  out += fmt::format("papers        {}\n", store.size());
  out += fmt::format("with code     {}\n", with_code);
  out += fmt::format("with authors  {}\n", with_authors);
  const Catalog& header = store.header();
  if (!header.updated.empty() || !header.updated_from.empty()) {
    out += fmt::format("updated       {}{}\n", header.updated.empty() ? "-" : header.updated,
                       header.updated_from.empty() ? "" : " from " + text::one_line(header.updated_from));
  }
  out += fmt::format("user catalog  {}\n", user_catalog_path().empty() ? "-" : user_catalog_path());
  return {out, {}, 0};
}

}  // namespace mllmseg::app
