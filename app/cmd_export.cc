#include "cmd_export.h"

#include <fmt/format.h>

#include "format/export.h"
#include "io/output.h"
#include "query/lookup.h"
#include "util/text.h"

namespace mllmseg::app {

CLI::App* setup_export(CLI::App& app, ExportOptions& options) {
  auto* command = app.add_subcommand(
      "export", "Write papers for LaTeX, pandoc, Zotero or a spreadsheet: bibtex, csl-json, ris, csv ...");
  std::string formats;
  for (const auto& f : format::export_formats()) {
    formats += fmt::format("\n  {:<9} {}", f.name, f.description);
  }
  command->add_option("--format,-f", options.format, "Output format:" + formats)
      ->type_name("FORMAT")
      ->required();
  command
      ->add_option_function<std::string>(
          "--output,-o", [&options](const std::string& file) { options.output = file; },
          "Write to FILE instead of standard output ('-'), atomically: on an error, or when no paper "
          "matches, FILE is left as it was")
      ->type_name("FILE");
  command->add_option("papers", options.keys, "Export only these papers (keys or names)")->type_name("KEY");
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "list");
  command->footer(
      "Examples:\n"
      "  mllmseg export --format bibtex --task video -o video.bib\n"
      "  mllmseg export --format bibtex lisa sa2va\n"
      "  mllmseg export --format csl-json -o mllm-seg.json\n"
      "  mllmseg export --format json --year 2025.. > recent.json");
  return command;
}

Outcome run_export(const ExportOptions& options, const Store& store) {
  if (options.output && options.output->empty()) {
    throw Failure("--output: empty file name (use - for standard output)");
  }
  const format::ExportFormat* fmt_entry = format::find_export_format(text::to_lower(options.format));
  if (fmt_entry == nullptr) {
    std::string message = fmt::format("--format: unknown format '{}'", options.format);
    if (auto guess = text::closest(options.format, format::export_format_names())) {
      message += fmt::format("; did you mean '{}'?", *guess);
    } else {
      message += fmt::format(" (expected {})", text::join(format::export_format_names(), ", "));
    }
    throw Failure(message);
  }
  const Filter filter = to_filter(options.filters, store);
  std::vector<DocId> ids = select(store, filter).take();
  const std::string note = unchecked_notes(store, filter);
  if (!options.keys.empty()) {
    Postings named;
    for (const auto& key : options.keys) {
      auto id = find_paper(store, key);
      if (!id) {
        throw Failure(id.error());
      }
      named.push_back(*id);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    ids = intersect(ids, named);
  }
  apply_order(options.order, SortKey::list, store, ids);
  if (!options.output || *options.output == "-") {
    return {fmt_entry->render(store, ids), note, status_for(ids.size())};
  }
  const std::string& file = *options.output;
  if (ids.empty()) {
    // An export of nothing must not empty a file a previous export wrote.
    return {
        {}, note + fmt::format("mllmseg: no paper matches; {} left as it was\n", text::one_line(file)), 1};
  }
  if (auto written = io::write_file_atomic(file, fmt_entry->render(store, ids)); !written) {
    throw Failure(written.error());
  }
  return {{},
          note + fmt::format("mllmseg: wrote {} {} to {}\n", ids.size(), ids.size() == 1 ? "paper" : "papers",
                             text::one_line(file)),
          status_for(ids.size())};
}

}  // namespace mllmseg::app
