#pragma once
// Data-quality findings on a catalog or a list, for the list's maintainers:
// each with where it is (a line of the list, or a paper's key), a rule name
// and a one-line explanation.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "format/json.h"
#include "importer/import.h"

namespace mllmseg::lint {

struct Finding {
  std::optional<int> line;  // in a list
  std::string key;          // the paper, when there is one
  std::string rule;
  std::string message;
};

struct Rule {
  std::string_view name;
  std::string_view summary;
};

// Every rule, in the order docs/lint.md lists them.
std::span<const Rule> rules();

// Findings on a catalog, by paper: the link and venue rules, names and
// titles, papers sharing a name or an arXiv id, and the curated fixes it
// records (what the list it came from got wrong).
std::vector<Finding> lint_catalog(const Catalog& catalog);

// Findings on a list, by line: what the importer met, and the link and venue
// rules on each entry as listed.
std::vector<Finding> lint_list(const importer::Import& list);

// One finding a line: "FILE:LINE: rule: message", "FILE: key: rule: message",
// or "FILE: rule: message" for what is about no one paper.
std::string findings_text(const std::vector<Finding>& findings, std::string_view origin);

// A JSON array of {file, line, key, rule, message}; line and key may be
// null; format/json_output writes it.
format::OrderedJson findings_json(const std::vector<Finding>& findings, std::string_view origin);

// A finding's members, in their order: the fields `lint --json FIELDS`
// selects from.
std::span<const std::string_view> finding_fields();

}  // namespace mllmseg::lint
