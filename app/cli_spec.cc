#include "cli_spec.h"

#include <CLI/CLI.hpp>

#include <cctype>

#include "format/bibliography.h"
#include "format/export.h"
#include "query/sort.h"

namespace mllmseg::app {

namespace {

// CLI11 writes an IsMember check into the type name: "WHEN:{auto,always,never}".
std::vector<std::string> member_choices(const std::string& type_name) {
  const std::size_t open = type_name.find(":{");
  const std::size_t close = type_name.rfind('}');
  std::vector<std::string> choices;
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return choices;
  }
  std::string item;
  for (char c : type_name.substr(open + 2, close - open - 2)) {
    if (c == ',') {
      choices.push_back(item);
      item.clear();
    } else if (c != ' ') {
      item += c;
    }
  }
  choices.push_back(item);
  return choices;
}

// What values an option completes to: from its IsMember check when it has
// one, else from its type name (TASK, VENUE, FILE, KEY|NAME). Three options
// check their values in the library instead of CLI11 and are named here.
void set_values(const CLI::App& command, const CLI::Option& option, cli::OptionSpec& spec) {
  const std::string type = option.get_type_name();
  const std::string name = "--" + option.get_single_name();
  if (auto choices = member_choices(type); !choices.empty()) {
    spec.values = cli::Values::choices;
    spec.choices = std::move(choices);
  } else if (name == "--sort") {
    spec.values = cli::Values::choices;
    for (std::string_view key : sort_key_names()) {
      if (key != "relevance" || command.get_name() == "search") {
        spec.choices.emplace_back(key);
      }
    }
  } else if (name == "--format" && command.get_name() == "export") {
    spec.values = cli::Values::choices;
    spec.choices = format::export_format_names();
  } else if (name == "--format" && command.get_name() == "cite") {
    spec.values = cli::Values::choices;
    spec.choices = format::bibliography_format_names();
  } else if (spec.value_name == "TASK") {
    spec.values = cli::Values::tasks;
  } else if (spec.value_name == "VENUE") {
    spec.values = cli::Values::venues;
  } else if (spec.value_name == "FILE") {
    spec.values = cli::Values::file;
  } else if (spec.value_name == "KEY|NAME" || (spec.positional && spec.value_name == "KEY")) {
    spec.values = cli::Values::keys;
  } else if (!spec.value_name.empty()) {
    spec.values = cli::Values::any;
  }
}

cli::OptionSpec describe_option(const CLI::App& command, const CLI::Option& option) {
  cli::OptionSpec spec;
  spec.positional = !option.nonpositional();
  if (spec.positional) {
    spec.names.push_back(option.get_name(true));
  }
  for (const auto& s : option.get_snames()) {
    spec.names.push_back("-" + s);
  }
  for (const auto& l : option.get_lnames()) {
    spec.names.push_back("--" + l);
  }
  if (option.get_items_expected_max() > 0) {
    const std::string type = option.get_type_name();
    spec.value_name = type.substr(0, type.find(':'));
    // CLI11's name for any string says less than the argument's own name.
    if (spec.positional && spec.value_name == "TEXT") {
      spec.value_name = option.get_name(true);
      for (char& c : spec.value_name) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
  }
  spec.description = option.get_description();
  spec.repeatable = option.get_expected_max() > 1;
  spec.required = option.get_required();
  set_values(command, option, spec);
  return spec;
}

}  // namespace

cli::CommandSpec describe(const CLI::App& app) {
  cli::CommandSpec spec;
  spec.name = app.get_name();
  spec.description = app.get_description();
  spec.footer = app.get_footer();
  std::vector<cli::OptionSpec> positionals;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) {
      continue;
    }
    auto described = describe_option(app, *option);
    (described.positional ? positionals : spec.options).push_back(std::move(described));
  }
  spec.options.insert(spec.options.end(), positionals.begin(), positionals.end());
  for (const CLI::App* command : app.get_subcommands({})) {
    if (!command->get_group().empty()) {
      spec.commands.push_back(describe(*command));
    }
  }
  return spec;
}

}  // namespace mllmseg::app
