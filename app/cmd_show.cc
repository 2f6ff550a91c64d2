#include "cmd_show.h"

#include <fmt/format.h>

#include "format/json.h"
#include "format/show.h"
#include "query/lookup.h"

namespace mllmseg::app {

CLI::App* setup_show(CLI::App& app, ShowOptions& options) {
  auto* command = app.add_subcommand("show", "Show every field of one paper");
  command->add_option("paper", options.paper, "The paper's key or short name (case-insensitive)")
      ->type_name("KEY|NAME")
      ->required();
  command->add_flag("--json", options.json, "Print a JSON array holding the paper")->group("Output");
  command->footer(
      "Examples:\n"
      "  mllmseg show lisa\n"
      "  mllmseg show OMG-LLaVA --json");
  return command;
}

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
