#include "results.h"

#include "format/json.h"
#include "format/table.h"

namespace mllmseg::app {

std::string render_results(const Store& store, std::span<const DocId> ids, bool json,
                           const Console& console) {
  if (json) {
    return format::papers_array(store, ids, console.stdout_is_terminal);
  }
  if (console.stdout_is_terminal) {
    return ids.empty() ? std::string() : format::table(store, ids, console.style);
  }
  return format::tab_separated(store, ids);
}

}  // namespace mllmseg::app
