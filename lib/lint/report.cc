#include <fmt/format.h>

#include "format/json.h"
#include "lint/lint.h"
#include "util/text.h"

namespace mllmseg::lint {

// Each finding is one line without control characters, whatever the list
// or catalog holds (util/text.h one_line).
std::string findings_text(const std::vector<Finding>& findings, std::string_view file) {
  const std::string origin = text::one_line(file);
  std::string out;
  for (const Finding& f : findings) {
    const std::string message = text::one_line(f.message);
    if (f.line) {
      out += fmt::format("{}:{}: {}: {}\n", origin, *f.line, f.rule, message);
    } else if (!f.key.empty()) {
      out += fmt::format("{}: {}: {}: {}\n", origin, text::one_line(f.key), f.rule, message);
    } else {
      out += fmt::format("{}: {}: {}\n", origin, f.rule, message);
    }
  }
  return out;
}

std::span<const std::string_view> finding_fields() {
  // In findings_json's order; tests/unit/json_fields_test.cc holds the two equal.
  static constexpr std::string_view k_fields[] = {"file", "line", "key", "rule", "message"};
  return k_fields;
}

format::OrderedJson findings_json(const std::vector<Finding>& findings, std::string_view origin) {
  format::OrderedJson array = format::OrderedJson::array();
  for (const Finding& f : findings) {
    format::OrderedJson j;
    j["file"] = origin;
    j["line"] = f.line ? format::OrderedJson(*f.line) : format::OrderedJson(nullptr);
    j["key"] = f.key.empty() ? format::OrderedJson(nullptr) : format::OrderedJson(f.key);
    j["rule"] = f.rule;
    j["message"] = f.message;
    array.push_back(std::move(j));
  }
  return array;
}

}  // namespace mllmseg::lint
