#include "cmd_completions.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/completion.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string values_of(std::string_view kind, const Store& store) {
  std::vector<std::string> values;
  if (kind == "keys") {
    for (DocId id : store.all()) {
      values.push_back(store.paper(id).key);
    }
  } else if (kind == "venues") {
    values = store.series_names();
    for (DocId id : store.all()) {
      const std::string& venue = store.paper(id).venue;
      if (std::find(values.begin(), values.end(), venue) == values.end()) {
        values.push_back(venue);
      }
    }
  } else {
    values = task_filter_names();
  }
  return values.empty() ? std::string() : text::join(values, "\n") + "\n";
}

}  // namespace

Outcome run_completions(const CompletionsOptions& options, const cli::CommandSpec& spec,
                        const GlobalOptions& global) {
  if (!options.values.empty()) {
    if (options.values != "keys" && options.values != "venues" && options.values != "tasks") {
      throw Failure(
          fmt::format("--values: unknown kind '{}' (expected keys, venues or tasks)", options.values));
    }
    return {values_of(options.values, *load_store(global)), {}, 0};
  }
  if (options.shell == "bash") {
    return {cli::bash_completion(spec), {}, 0};
  }
  if (options.shell == "zsh") {
    return {cli::zsh_completion(spec), {}, 0};
  }
  if (options.shell == "fish") {
    return {cli::fish_completion(spec), {}, 0};
  }
  throw Failure("completions needs a shell: bash, zsh or fish");
}

}  // namespace mllmseg::app
