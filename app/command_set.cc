#include "command_set.h"

#include <CLI/CLI.hpp>

#include "cmd_manpage.h"

namespace mllmseg::app {

namespace {

struct Definition {
  std::string_view name;
  void (*define)(CLI::App& app, CommandSet& set);
  bool describes_others;  // help, completions, manpage: they need every command defined
};

constexpr Definition k_definitions[] = {
    {"list", [](CLI::App& app, CommandSet& s) { s.list_cmd = setup_list(app, s.list); }, false},
    {"search", [](CLI::App& app, CommandSet& s) { s.search_cmd = setup_search(app, s.search); }, false},
    {"related", [](CLI::App& app, CommandSet& s) { s.related_cmd = setup_related(app, s.related); }, false},
    {"show", [](CLI::App& app, CommandSet& s) { s.show_cmd = setup_show(app, s.show); }, false},
    {"export", [](CLI::App& app, CommandSet& s) { s.export_cmd = setup_export(app, s.exporting); }, false},
    {"cite", [](CLI::App& app, CommandSet& s) { s.cite_cmd = setup_cite(app, s.cite); }, false},
    {"info", [](CLI::App& app, CommandSet& s) { s.info_cmd = setup_info(app, s.info); }, false},
    {"enrich", [](CLI::App& app, CommandSet& s) { s.enrich_cmd = setup_enrich(app, s.enrich); }, false},
    {"stats", [](CLI::App& app, CommandSet& s) { s.stats_cmd = setup_stats(app, s.stats); }, false},
    {"open", [](CLI::App& app, CommandSet& s) { s.open_cmd = setup_open(app, s.open); }, false},
    {"pick", [](CLI::App& app, CommandSet& s) { s.pick_cmd = setup_pick(app, s.pick); }, false},
    {"completions",
     [](CLI::App& app, CommandSet& s) { s.completions_cmd = setup_completions(app, s.completions); }, true},
    {"manpage", [](CLI::App& app, CommandSet& s) { s.manpage_cmd = setup_manpage(app); }, true},
    {"import", [](CLI::App& app, CommandSet& s) { s.import_cmd = setup_import(app, s.import); }, false},
    {"lint", [](CLI::App& app, CommandSet& s) { s.lint_cmd = setup_lint(app, s.lint); }, false},
    {"diff", [](CLI::App& app, CommandSet& s) { s.diff_cmd = setup_diff(app, s.diff); }, false},
    {"update", [](CLI::App& app, CommandSet& s) { s.update_cmd = setup_update(app, s.update); }, false},
    {"cache", [](CLI::App& app, CommandSet& s) { s.cache_cmd = setup_cache(app, s.cache); }, false},
    {"help",
     [](CLI::App& app, CommandSet& s) {
       s.help_cmd = app.add_subcommand("help", "Print the help of mllmseg or of one command")->group("");
       s.help_cmd->add_option("command", s.help_topic, "The command whose help to print")
           ->type_name("COMMAND");
     },
     true},
};

}  // namespace

void define_commands(CLI::App& app, CommandSet& set, std::string_view word) {
  for (const Definition& definition : k_definitions) {
    if (definition.name == word && !definition.describes_others) {
      definition.define(app, set);
      return;
    }
  }
  for (const Definition& definition : k_definitions) {
    definition.define(app, set);
  }
}

bool parsed(const CLI::App* command) { return command != nullptr && command->parsed(); }

}  // namespace mllmseg::app
