#include "cmd_list.h"

#include "results.h"

namespace mllmseg::app {

Outcome run_list(const ListOptions& options, const Store& store, const Console& console) {
  const Filter filter = to_filter(options.filters, store);
  std::vector<DocId> ids = select(store, filter).take();
  apply_order(options.order, SortKey::list, store, ids);
  const ResultView view{options.json, options.format, {}};
  return {render_results(store, ids, view, console), unchecked_notes(store, filter), status_for(ids.size())};
}

}  // namespace mllmseg::app
