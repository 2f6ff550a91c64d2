#include "cmd_stats.h"

#include "format/stats.h"
#include "query/stats.h"

namespace mllmseg::app {

CLI::App* setup_stats(CLI::App& app, StatsOptions& options) {
  auto* command = app.add_subcommand(
      "stats", "Count papers by year, venue, task, code, author and month listed, as bar charts");
  add_filter_flags(*command, options.filters);
  command->add_flag("--ascii", options.ascii, "Draw bars with '#' instead of Unicode blocks")
      ->group("Output");
  command->add_flag("--json", options.json, "Print the counts as a JSON object")->group("Output");
  command->footer(
      "Examples:\n"
      "  mllmseg stats\n"
      "  mllmseg stats --task video --has-code\n"
      "  mllmseg stats --json | jq '.venues[0]'");
  return command;
}

Outcome run_stats(const StatsOptions& options, const Store& store, const Console& console) {
  const Filter filter = to_filter(options.filters, store);
  const Selection selected = select(store, filter);
  const std::span<const DocId> ids = selected.ids();
  const Stats stats = count_papers(store, ids);
  if (options.json) {
    return {format::stats_json(stats, console.stdout_is_terminal), unchecked_notes(store, filter),
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
