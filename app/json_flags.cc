#include "json_flags.h"

#include <fmt/format.h>

#include "diff/diff.h"
#include "format/cache.h"
#include "format/info.h"
#include "format/related.h"
#include "format/stats.h"
#include "lint/lint.h"

namespace mllmseg::app {

std::span<const std::string_view> json_fields_of(std::string_view command) {
  if (command == "list" || command == "search" || command == "show") {
    return format::paper_fields();
  }
  if (command == "related") {
    return format::related_fields();
  }
  if (command == "stats") {
    return format::stats_fields();
  }
  if (command == "info") {
    return format::info_fields();
  }
  if (command == "lint") {
    return lint::finding_fields();
  }
  if (command == "diff") {
    return diff::json_fields();
  }
  if (command == "cache") {
    return format::cache_fields();
  }
  return {};
}

std::optional<std::string> take_json_fields(std::vector<std::string>& args, std::size_t first,
                                            std::span<const std::string_view> fields) {
  constexpr std::string_view flag = "--json";
  std::optional<std::string> taken;
  for (std::size_t i = first; i < args.size() && args[i] != "--"; ++i) {
    if (args[i].starts_with("--json=")) {
      taken = args[i].substr(flag.size() + 1);
      args[i] = flag;
    } else if (args[i] == flag && i + 1 < args.size() && format::is_field_list(args[i + 1], fields)) {
      taken = args[i + 1];
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  return taken;
}

std::optional<format::JsonOutput> json_output(const JsonFlags& flags, std::string_view command,
                                              const Console& console) {
  if (!flags.json && !flags.jq) {
    return std::nullopt;
  }
  format::JsonOutput output;
  if (flags.fields) {
    auto fields = format::parse_fields(*flags.fields, json_fields_of(command), command);
    if (!fields) {
      throw Failure(fmt::format("--json: {}", fields.error()));
    }
    output.fields = std::move(*fields);
  }
  output.jq = flags.jq;
  output.pretty = console.stdout_is_terminal;
  return output;
}

std::string json_text(const Result<std::string>& written) {
  if (!written) {
    throw Failure(fmt::format("--jq: {}", written.error()));
  }
  return *written;
}

}  // namespace mllmseg::app
