// The output flags commands share, as CLI11 definitions: --json [FIELDS] and
// --jq EXPR (json_flags.h), on every command with JSON output, and
// --format TEMPLATE, --count and --table (results.h), on list and search, and
// --sort, --reverse and --limit (filter_flags.h). Like the
// other command_line_*.cc, one of the few files that include CLI11.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli_spec.h"
#include "filter_flags.h"
#include "format/template.h"
#include "json_flags.h"
#include "query/sort.h"
#include "results.h"
#include "util/text.h"

namespace mllmseg::app {

JsonOptions add_json_flags(CLI::App& command, JsonFlags& flags, std::string_view what) {
  auto* json =
      command
          .add_flag("--json", flags.json,
                    fmt::format("Print {}; --json FIELDS or --json=FIELDS prints only these fields, "
                                "comma-separated, in that order: {} (the word after --json is FIELDS only "
                                "when each of its items is a field)",
                                what, format::field_names(json_fields_of(command.get_name()))))
          ->group("Output");
  auto* jq = command
                 .add_option_function<std::string>(
                     "--jq", [&flags](const std::string& program) { flags.jq = program; },
                     "Filter the JSON with this jq program (implies --json) and print each result on a "
                     "line, strings raw as jq -r prints them")
                 ->type_name("EXPR")
                 ->group("Output");
  return {json, jq};
}

CLI::Option* add_format_option(CLI::App& command, std::string& format, const JsonOptions& json) {
  std::string fields;
  for (const auto& f : format::template_fields()) {
    fields += fmt::format("{}{}", fields.empty() ? "" : ", ", f.name);
  }
  return command
      .add_option("--format", format,
                  fmt::format("Print each paper as TEMPLATE: '{{key}}\\t{{venue}}\\t{{title}}' (\\t, \\n "
                              "escapes; {{{{ }}}} for braces); fields: {}",
                              fields))
      ->type_name("TEMPLATE")
      ->excludes(json.json)
      ->excludes(json.jq)
      ->group("Output");
}

CLI::Option* add_count_flag(CLI::App& command, bool& count, const JsonOptions& json, CLI::Option* format) {
  return command
      .add_flag("--count", count,
                "Print only the number of papers found (after --limit), as ripgrep's --count does; "
                "status 1 when it is 0")
      ->excludes(json.json)
      ->excludes(json.jq)
      ->excludes(format)
      ->group("Output");
}

void add_table_flag(CLI::App& command, bool& table, std::initializer_list<CLI::Option*> excluded) {
  auto* option = command
                     .add_flag("--table", table,
                               "Print the table in a pipe too (mllmseg list --table | less -S): as wide as "
                               "$COLUMNS, else nothing cut")
                     ->group("Output");
  for (CLI::Option* other : excluded) {
    option->excludes(other);
  }
}

namespace {

// The sort keys a command offers: relevance only where it is the default,
// in search.
std::vector<std::string> sort_keys(std::string_view default_sort) {
  std::vector<std::string> keys;
  for (std::string_view key : sort_key_names()) {
    if (key != "relevance" || default_sort == "relevance") {
      keys.emplace_back(key);
    }
  }
  return keys;
}

}  // namespace

void add_order_flags(CLI::App& command, OrderFlags& flags, std::string_view default_sort) {
  std::vector<std::string> keys = sort_keys(default_sort);
  const std::string last = keys.back();
  const std::vector<std::string> others(keys.begin(), keys.end() - 1);
  // "Order results by list, year, venue, name or listed (default: list)"
  const std::string help =
      fmt::format("Order results by {} or {} (default: {})", text::join(others, ", "), last, default_sort);
  offers(command, command.add_option("--sort", flags.sort, help), std::move(keys))
      ->type_name("KEY")
      ->group("Output");
  command.add_flag("--reverse", flags.reverse, "Reverse the order")->group("Output");
  command.add_option("--limit", flags.limit, "Print at most N papers")->type_name("N")->group("Output");
}

}  // namespace mllmseg::app
