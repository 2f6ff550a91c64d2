#include "cmd_show.h"

#include <fmt/format.h>

#include "format/json.h"
#include "format/show.h"
#include "query/lookup.h"

namespace mllmseg::app {

Outcome run_show(const ShowOptions& options, const Store& store, const Console& console) {
  auto id = find_paper(store, options.paper);
  if (!id) {
    throw Failure(id.error());
  }
  const DocId ids[] = {*id};
  if (options.json) {
    return {format::papers_array(store, ids, console.stdout_is_terminal), {}, 0};
  }
  format::Style style = console.style;
  style.wrap = console.stdout_is_terminal;
  return {format::paper_details(store, *id, style), {}, 0};
}

}  // namespace mllmseg::app
