#include "parse_errors.h"

#include <fmt/format.h>
#include <algorithm>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "json_flags.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// The options of the top level that take a value, whose value is no command.
bool takes_value_at_top(const CLI::App& app, std::string_view arg) {
  const CLI::Option* option = app.get_option_no_throw(std::string(arg));
  return option != nullptr && option->get_items_expected_max() > 0 && arg.find('=') == std::string_view::npos;
}

// The command argv names, or nullptr for none (the top level).
const CLI::App* command_of(const CLI::App& app, int argc, char** argv) {
  const int at = command_index(app, argc, argv);
  return at == 0 ? nullptr : app.get_subcommand(argv[at]);
}

// Every flag of the top level or of command, which takes the top level's too.
std::vector<std::string> flag_names(const CLI::App& app, const CLI::App* command) {
  std::vector<std::string> names;
  for (const CLI::App* level : {&app, command}) {
    if (level == nullptr) {
      continue;
    }
    for (const CLI::Option* option : level->get_options()) {
      for (const auto& l : option->get_lnames()) {
        names.push_back("--" + l);
      }
      for (const auto& s : option->get_snames()) {
        names.push_back("-" + s);
      }
    }
  }
  return names;
}

const CLI::Option* find_option(const CLI::App& app, const CLI::App* command, const std::string& name) {
  const CLI::Option* option = command != nullptr ? command->get_option_no_throw(name) : nullptr;
  return option != nullptr ? option : app.get_option_no_throw(name);
}

// "'--tsak'; did you mean '--task'?" for a flag nobody defined.
std::string unknown_flag(const std::vector<std::string>& names, std::string_view arg) {
  const std::string flag(arg.substr(0, arg.find('=')));
  // One letter is too little to guess from: -x is not a typo of -h.
  if (auto guess = flag.size() > 2 ? text::closest(flag, names) : std::nullopt) {
    return fmt::format("unknown flag '{}'; did you mean '{}'?", flag, *guess);
  }
  return fmt::format("unknown flag '{}'", flag);
}

// What CLI11's ExtrasError lists: the arguments nothing took.
std::vector<std::string> extras_of(const std::string& what) {
  const std::size_t colon = what.find(": ");
  std::vector<std::string> extras;
  if (colon == std::string::npos) {
    return extras;
  }
  for (std::string_view rest = std::string_view(what).substr(colon + 2); !rest.empty();) {
    const std::size_t space = rest.find(' ');
    extras.emplace_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return extras;
}

// An argument nothing took; after "--task ovss" it is most likely a second
// value of --task.
std::string unexpected_argument(const CLI::App& app, const CLI::App* command, const std::string& extra,
                                int argc, char** argv) {
  std::string message = fmt::format("unexpected argument '{}'", extra);
  // A word after --json that is not all fields is no FIELDS (json_flags.h):
  // say what it lacks as one.
  for (int i = 2; command != nullptr && i < argc; ++i) {
    if (argv[i] == extra && std::string_view(argv[i - 1]) == "--json") {
      auto fields = format::parse_fields(extra, json_fields_of(command->get_name()), command->get_name());
      return fields ? message : fmt::format("{}; --json: {}", message, fields.error());
    }
  }
  for (int i = 3; i < argc; ++i) {
    const std::string before = argv[i - 2];
    if (argv[i] != extra || !before.starts_with("-") || std::string_view(argv[i - 1]).starts_with("-")) {
      continue;
    }
    const CLI::Option* option = find_option(app, command, before);
    if (option == nullptr || option->get_type_size_max() != 1 || option->get_items_expected_max() == 0) {
      continue;  // a flag takes no value to have a second of
    }
    if (option->get_expected_max() <= 1) {
      message += fmt::format("; {} takes one value", before);
    } else if (option->get_delimiter() == ',') {
      message +=
          fmt::format("; {} takes one value at a time (repeat it, or separate values with commas)", before);
    } else {
      message += fmt::format("; {} takes one value at a time (repeat it for another)", before);
    }
    break;
  }
  return message;
}

std::vector<std::string> extras_message(const CLI::App& app, const CLI::App* command,
                                        const CLI::ParseError& error, int argc, char** argv) {
  const auto names = flag_names(app, command);
  const std::vector<std::string> extras = extras_of(error.what());
  const auto is_flag = [](const std::string& arg) { return arg.starts_with("-") && arg != "-"; };
  // The value of an unknown flag ("--tsak video") is no problem of its own.
  const auto follows_unknown_flag = [&](const std::string& extra) {
    for (int i = 1; i < argc; ++i) {
      if (argv[i] == extra && is_flag(argv[i - 1]) &&
          std::find(extras.begin(), extras.end(), argv[i - 1]) != extras.end()) {
        return true;
      }
    }
    return false;
  };
  std::vector<std::string> problems;
  for (const std::string& extra : extras) {
    if (is_flag(extra)) {
      problems.push_back(unknown_flag(names, extra));
    }
  }
  for (const std::string& extra : extras) {
    if (!is_flag(extra) && !follows_unknown_flag(extra)) {
      problems.push_back(unexpected_argument(app, command, extra, argc, argv));
    }
  }
  if (problems.empty()) {
    problems.emplace_back(error.what());
  }
  return problems;
}

// "--limit: At Most 1 required but received 2", "shell: fsh not in {...}":
// the flag or argument, and what CLI11 said about it.
std::pair<std::string, std::string> flag_and_problem(const std::string& what) {
  const std::size_t colon = what.find(": ");
  if (colon == std::string::npos || what.substr(0, colon).find(' ') != std::string::npos) {
    return {{}, what};
  }
  return {what.substr(0, colon), what.substr(colon + 2)};
}

std::string value_name(const CLI::Option* option) {
  if (option == nullptr) {
    return "a value";
  }
  const std::string type = option->get_type_name();
  return type.substr(0, type.find(':'));
}

// CLI11's checks: "Value abc not in range 1 to 600", "sometimes not in
// {auto,always,never}".
std::string invalid_value(const std::string& flag, const std::string& problem) {
  constexpr std::string_view range = "not in range ";
  if (problem.starts_with("Value ") && problem.find(range) != std::string::npos) {
    const std::size_t at = problem.find(range);
    const std::string value = problem.substr(6, at - 7);
    std::string bounds = problem.substr(at + range.size());
    return fmt::format("{}: expected a whole number from {}, found '{}'", flag, bounds, value);
  }
  const std::size_t members = problem.rfind(" not in {");
  if (members != std::string::npos && problem.ends_with("}")) {
    const std::string value = problem.substr(0, members);
    std::vector<std::string> choices;
    std::string list = problem.substr(members + 9, problem.size() - members - 10);
    for (std::string_view rest = list; !rest.empty();) {
      const std::size_t comma = rest.find(',');
      choices.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (auto guess = text::closest(value, choices)) {
      return fmt::format("{}: unknown value '{}'; did you mean '{}'?", flag, value, *guess);
    }
    const std::string last = choices.back();
    choices.pop_back();
    return fmt::format("{}: unknown value '{}' (expected {} or {})", flag, value, text::join(choices, ", "),
                       last);
  }
  return flag.empty() ? problem : fmt::format("{}: {}", flag, problem);
}

std::string describe(const CLI::App& app, const CLI::App* command, const CLI::ParseError& error) {
  const std::string what = error.what();
  if (const auto* excludes = dynamic_cast<const CLI::ExcludesError*>(&error)) {
    const std::size_t at = what.find(" excludes ");
    if (at != std::string::npos) {
      return fmt::format("{} and {} cannot be used together", what.substr(0, at), what.substr(at + 10));
    }
    return excludes->what();
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    if (what == "A subcommand is required") {
      std::vector<std::string> names;
      for (const CLI::App* c : app.get_subcommands({})) {
        if (!c->get_group().empty()) {
          names.push_back(c->get_name());
        }
      }
      return fmt::format("no command given (expected {})", text::join(names, ", "));
    }
    return what;
  }
  const auto [flag, problem] = flag_and_problem(what);
  const CLI::Option* option = flag.empty() ? nullptr : find_option(app, command, flag);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    if (problem.starts_with("At Most")) {
      return fmt::format("{} takes one value; give it once", flag);
    }
    if (problem.ends_with("missing")) {
      return fmt::format("{} needs a value: {}", flag, value_name(option));
    }
    return flag.empty() ? problem : fmt::format("{}: {}", flag, problem);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    // "Could not convert: --has-code = maybe"
    const std::size_t colon = what.find(": ");
    const std::size_t equals = what.find(" = ");
    if (colon != std::string::npos && equals != std::string::npos && equals > colon) {
      const std::string name = what.substr(colon + 2, equals - colon - 2);
      const std::string value = what.substr(equals + 3);
      const CLI::Option* converted = find_option(app, command, name);
      if (converted != nullptr && converted->get_items_expected_max() == 0) {
        return fmt::format("{} takes no value, found '{}'", name, value);
      }
      return fmt::format("{}: cannot read '{}' as {}", name, value, value_name(converted));
    }
    return what;
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    return invalid_value(flag, problem);
  }
  return what;
}

}  // namespace

int first_word(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (!arg.starts_with("-")) {
      return i;
    }
    i += takes_value_at_top(app, arg) ? 1 : 0;
  }
  return 0;
}

int command_index(const CLI::App& app, int argc, char** argv) {
  const int at = first_word(app, argc, argv);
  if (at == 0) {
    return 0;
  }
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == argv[at]) {
      return at;
    }
  }
  return 0;
}

std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;   // suggested
  std::vector<std::string> hidden;  // accepted, never suggested (help, manpage)
  for (const CLI::App* command : app.get_subcommands({})) {
    (command->get_group().empty() ? hidden : names).push_back(command->get_name());
  }
  const auto message = [](const std::string& problem) {
    return fmt::format("mllmseg: error: {}\nRun 'mllmseg --help' for usage.\n", problem);
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("-")) {
      if (find_option(app, nullptr, arg.substr(0, arg.find('='))) == nullptr) {
        return message(unknown_flag(flag_names(app, nullptr), arg));
      }
      i += takes_value_at_top(app, arg) ? 1 : 0;
      continue;
    }
    if (std::find(names.begin(), names.end(), arg) != names.end() ||
        std::find(hidden.begin(), hidden.end(), arg) != hidden.end()) {
      return std::nullopt;
    }
    if (auto guess = text::closest(arg, names)) {
      return message(fmt::format("unknown command '{}'; did you mean '{}'?", arg, *guess));
    }
    return message(fmt::format("unknown command '{}' (expected {})", arg, text::join(names, ", ")));
  }
  return std::nullopt;
}

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error, int argc, char** argv) {
  const CLI::App* command = command_of(app, argc, argv);
  std::vector<std::string> problems;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    problems = extras_message(app, command, error, argc, argv);
  } else {
    // A top-level flag's error is the top level's, wherever it was given.
    const std::string flag = flag_and_problem(error.what()).first;
    if (command != nullptr && !flag.empty() && command->get_option_no_throw(flag) == nullptr &&
        app.get_option_no_throw(flag) != nullptr) {
      command = nullptr;
    }
    problems.push_back(describe(app, command, error));
  }
  std::string out;
  for (const std::string& problem : problems) {
    out += command == nullptr ? fmt::format("mllmseg: error: {}\n", problem)
                              : fmt::format("mllmseg: error: {}: {}\n", command->get_name(), problem);
  }
  return out + (command == nullptr
                    ? std::string("Run 'mllmseg --help' for usage.\n")
                    : fmt::format("Run 'mllmseg {} --help' for usage.\n", command->get_name()));
}

}  // namespace mllmseg::app
