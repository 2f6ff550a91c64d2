#include "cmd_list.h"

#include "results.h"

namespace mllmseg::app {

CLI::App* setup_list(CLI::App& app, ListOptions& options) {
  auto* command = app.add_subcommand("list", "List papers, filtered by task, venue, year and code");
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "list");
  auto* json = command->add_flag("--json", options.json, "Print a JSON array of papers")->group("Output");
  add_format_option(*command, options.format, json);
  command->footer(
      "Examples:\n"
      "  mllmseg list --task video --venue \"NeurIPS'24\"\n"
      "  mllmseg list --year 2025.. --has-code --sort year\n"
      "  mllmseg list --json | jq -r '.[].title'\n"
      "  mllmseg list --task video --format '{key}\\t{venue}\\t{title}'");
  return command;
}

Outcome run_list(const ListOptions& options, const Store& store, const Console& console) {
  const Filter filter = to_filter(options.filters, store);
  std::vector<DocId> ids = select(store, filter).take();
  apply_order(options.order, SortKey::list, store, ids);
  const ResultView view{options.json, options.format, {}};
  return {render_results(store, ids, view, console), unchecked_notes(store, filter), status_for(ids.size())};
}

}  // namespace mllmseg::app
