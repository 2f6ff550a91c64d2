#include "cli_spec.h"

#include <CLI/CLI.hpp>

#include <cctype>
#include <map>

namespace mllmseg::app {

namespace {

// What offers() recorded: "COMMAND --option" -> the values it takes. Keyed by
// names, not pointers, so that an App built again (as tests do) finds its
// options' values and never another's.
std::map<std::string, std::vector<std::string>>& offered() {
  static std::map<std::string, std::vector<std::string>> values;
  return values;
}

std::string offer_key(const CLI::App& command, const CLI::Option& option) {
  return command.get_name() + " --" + option.get_single_name();
}

// What values an option completes to: those offers() recorded, else by its
// value's name (TASK, VENUE, FILE, KEY|NAME).
void set_values(const CLI::App& command, const CLI::Option& option, cli::OptionSpec& spec) {
  if (const auto it = offered().find(offer_key(command, option)); it != offered().end()) {
    spec.values = cli::Values::choices;
    spec.choices = it->second;
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

CLI::Option* offers(const CLI::App& command, CLI::Option* option, std::vector<std::string> choices) {
  offered()[offer_key(command, *option)] = std::move(choices);
  return option;
}

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
