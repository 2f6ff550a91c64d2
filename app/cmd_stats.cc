#include "cmd_stats.h"

#include "format/stats.h"
#include "query/stats.h"
#include "results.h"

namespace mllmseg::app {

Outcome run_stats(const StatsOptions& options, const Store& store, const Console& console) {
  const Answer answer = answer_for(store, to_request(options.filters, store));
  const std::string notes = answer_notes(answer);
  const Stats stats = count_papers(store, answer.ids);
  if (auto json = json_output(options.json, "stats", console)) {
    return {json_text(format::render_json(format::stats_json(stats), *json)), notes,
            status_for(answer.ids.size())};
  }
  if (answer.ids.empty()) {
    return {{}, notes, status_for(0)};
  }
  format::Style style = console.style;
  style.utf8 = style.utf8 && !options.ascii;
  return {format::stats_charts(stats, style), notes, 0};
}

}  // namespace mllmseg::app
