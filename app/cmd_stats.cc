#include "cmd_stats.h"

#include "format/stats.h"
#include "query/stats.h"

namespace mllmseg::app {

Outcome run_stats(const StatsOptions& options, const Store& store, const Console& console) {
  const Filter filter = to_filter(options.filters, store);
  const Selection selected = select(store, filter);
  const std::span<const DocId> ids = selected.ids();
  const Stats stats = count_papers(store, ids);
  if (auto json = json_output(options.json, "stats", console)) {
    return {json_text(format::render_json(format::stats_json(stats), *json)), unchecked_notes(store, filter),
            status_for(ids.size())};
  }
  if (ids.empty()) {
    return {{}, unchecked_notes(store, filter), status_for(0)};
  }
  format::Style style = console.style;
  style.utf8 = style.utf8 && !options.ascii;
  return {format::stats_charts(stats, style), unchecked_notes(store, filter), 0};
}

}  // namespace mllmseg::app
