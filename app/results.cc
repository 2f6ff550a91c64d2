#include "results.h"

#include <fmt/format.h>

#include "format/json.h"
#include "format/table.h"
#include "format/template.h"

namespace mllmseg::app {

CLI::Option* add_format_option(CLI::App& command, std::string& format, CLI::Option* json) {
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
      ->excludes(json)
      ->group("Output");
}

std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console) {
  if (view.json) {
    return format::papers_array(store, ids, console.stdout_is_terminal);
  }
  if (!view.format.empty()) {
    auto tmpl = format::Template::parse(view.format);
    if (!tmpl) {
      throw Failure(fmt::format("--format: {}", tmpl.error()));
    }
    return format::render_all(*tmpl, store, ids);
  }
  if (console.stdout_is_terminal) {
    return ids.empty() ? std::string() : format::table(store, ids, console.style, view.highlight);
  }
  return format::tab_separated(store, ids);
}

}  // namespace mllmseg::app
