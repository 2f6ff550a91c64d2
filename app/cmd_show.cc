#include "cmd_show.h"

#include <fmt/format.h>

#include "format/show.h"
#include "query/lookup.h"

namespace mllmseg::app {

Outcome run_show(const ShowOptions& options, const Store& store, const Console& console) {
  const NamedPapers named = find_papers_reading_stdin(store, options.papers, options.stdin_is_catalog);
  Outcome outcome;
  for (const std::string& error : named.errors) {
    outcome.notes += fmt::format("mllmseg: error: {}\n", error);
  }
  if (!named.errors.empty()) {
    outcome.status = 2;
  } else if (named.ids.empty()) {
    // Only "-", and standard input named no paper.
    outcome.notes += "mllmseg: no paper named on standard input\n";
    outcome.status = 1;
  }
  if (named.ids.empty() && !named.errors.empty()) {
    return outcome;  // as an error that stops a command: nothing on standard output
  }
  if (auto json = json_output(options.json, "show", console)) {
    outcome.out = json_text(format::render_papers(store, named.ids, *json));
    return outcome;
  }
  format::Style style = console.style;
  style.wrap = console.stdout_is_terminal;
  for (DocId id : named.ids) {
    outcome.out += outcome.out.empty() ? "" : "\n";
    outcome.out += format::paper_details(store, id, style);
  }
  return outcome;
}

}  // namespace mllmseg::app
