#include "results.h"

#include <fmt/format.h>
#include <limits>

#include "format/table.h"
#include "format/template.h"

namespace mllmseg::app {

std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console) {
  if (view.count) {
    return fmt::format("{}\n", ids.size());
  }
  if (view.json) {
    return json_text(format::render_papers(store, ids, *view.json));
  }
  if (!view.format.empty()) {
    auto tmpl = format::Template::parse(view.format);
    if (!tmpl) {
      throw Failure(fmt::format("--format: {}", tmpl.error()));
    }
    return format::render_all(*tmpl, store, ids);
  }
  if (console.stdout_is_terminal || view.table) {
    format::Style style = console.style;
    if (!console.width_known) {
      style.width = std::numeric_limits<std::size_t>::max() / 2;  // a pipe to less -S: nothing cut
    }
    return ids.empty() ? std::string() : format::table(store, ids, style, view.highlight);
  }
  return format::tab_separated(store, ids, console.style, view.highlight);
}

}  // namespace mllmseg::app
