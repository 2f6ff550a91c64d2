#pragma once
// What --json FIELDS and --jq EXPR make of a command's JSON output, as the
// GitHub CLI does: only the fields asked for, then a jq filter, then text
// indented on a terminal and compact in a pipe.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format/json.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg::format {

struct JsonOutput {
  std::vector<std::string> fields;  // in the order asked for; empty for every field
  std::optional<std::string> jq;    // --jq's program
  bool pretty = false;              // indented by two spaces; else compact
};

// Whether every comma-separated item of word is one of fields: what makes
// the word after --json its value ("key,title") rather than a word of the
// command's own ("sam2").
bool is_field_list(std::string_view word, std::span<const std::string_view> fields);

// The fields a comma-separated list names, each once, in its order; else
// the error, naming the command: "unknown field 'titel' for list (did you
// mean 'title'?); fields: key, name, title, ...".
Result<std::vector<std::string>> parse_fields(std::string_view list, std::span<const std::string_view> known,
                                              std::string_view command);

// "key, name, title, ...": the fields as help and errors list them.
std::string field_names(std::span<const std::string_view> fields);

// value with only fields, in their order: those of each element of an
// array, or of the object itself; a field an element lacks is null.
OrderedJson select_fields(const OrderedJson& value, std::span<const std::string> fields);

// value as output asks for it, ending with a newline (jq's results each end
// with one); else jq's error.
Result<std::string> render_json(const OrderedJson& value, const JsonOutput& output);

// The papers as render_json would write papers_array's value, without
// building it when every field is asked for (and then handing it to flush
// as it is made, when given, without --jq).
Result<std::string> render_papers(const Store& store, std::span<const DocId> ids, const JsonOutput& output,
                                  const Flush& flush = {});

}  // namespace mllmseg::format
