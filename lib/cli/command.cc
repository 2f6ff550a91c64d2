#include "cli/command.h"

#include <algorithm>

#include "util/text.h"

namespace mllmseg::cli {

std::string_view values_name(Values values) {
  switch (values) {
    case Values::keys:
      return "keys";
    case Values::venues:
      return "venues";
    case Values::tasks:
      return "tasks";
    default:
      return "";
  }
}

std::string summary(std::string_view description) {
  std::size_t end = description.size();
  for (std::string_view stop : {": ", " (", "; ", "\n"}) {
    end = std::min(end, description.find(stop));
  }
  std::string_view first = text::trim(description.substr(0, end));
  while (first.ends_with(':')) {
    first.remove_suffix(1);
  }
  return std::string(first);
}

std::vector<std::string> footer_examples(std::string_view footer) {
  std::vector<std::string> examples;
  bool inside = false;
  while (!footer.empty()) {
    const std::size_t end = footer.find('\n');
    const std::string_view line = footer.substr(0, end);
    footer = end == std::string_view::npos ? std::string_view{} : footer.substr(end + 1);
    if (line == "Examples:") {
      inside = true;
    } else if (inside && line.starts_with("  ")) {
      examples.emplace_back(text::trim(line));
    } else {
      inside = false;
    }
  }
  return examples;
}

bool takes_value(const OptionSpec& option) { return !option.positional && !option.value_name.empty(); }

}  // namespace mllmseg::cli
