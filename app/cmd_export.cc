#include "cmd_export.h"

#include <fmt/format.h>

#include "format/bibliography.h"
#include "format/export.h"
#include "io/output.h"
#include "results.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// The bibliography formats write their citation keys in the scheme asked
// for, and add to notes how many entries lack authors; --key-format means
// nothing to the others.
std::string render_export(const format::ExportFormat& format, const std::string& key_format,
                          const Store& store, std::span<const DocId> ids, std::string& notes) {
  const format::BibliographyFormat* bibliography = format::find_bibliography_format(format.name);
  if (bibliography == nullptr) {
    if (!key_format.empty()) {
      throw Failure(fmt::format(
          "--key-format: {} has no citation keys (bibtex, biblatex, csl-json and ris have)", format.name));
    }
    return format.render(store, ids);
  }
  const auto keys = format::parse_key_format(key_format.empty() ? "catalog" : key_format);
  if (!keys) {
    throw Failure(fmt::format("--key-format: unknown key format '{}' (expected {})", key_format,
                              text::join(format::key_format_names(), " or ")));
  }
  const std::vector<format::BibItem> items = format::keyed_items(store, ids, *keys);
  notes += format::without_authors_notice(format::items_without_authors(store, items), items.size());
  return bibliography->render(store, items);
}

}  // namespace

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
  Request request = to_request(options.filters, options.order, store);
  request.names = options.keys;
  request.stdin_is_catalog = options.stdin_is_catalog;
  const Answer answer = answer_for(store, request);
  std::string note = answer_notes(answer);
  if (!answer.name_errors.empty()) {
    // Nothing is written: an export lacking a paper it was asked for is not the one wanted.
    for (const std::string& error : answer.name_errors) {
      note += fmt::format("mllmseg: error: {}\n", error);
    }
    return {{}, note, 2};
  }
  const std::vector<DocId>& ids = answer.ids;
  const std::string text = render_export(*fmt_entry, options.key_format, store, ids, note);
  if (!options.output || *options.output == "-") {
    return {text, note, status_for(ids.size())};
  }
  const std::string& file = *options.output;
  if (ids.empty()) {
    // An export of nothing must not empty a file a previous export wrote.
    return {
        {}, note + fmt::format("mllmseg: no paper matches; {} left as it was\n", text::one_line(file)), 1};
  }
  if (auto written = io::write_file_atomic(file, text); !written) {
    throw Failure(written.error());
  }
  return {{},
          note + fmt::format("mllmseg: wrote {} {} to {}\n", ids.size(), ids.size() == 1 ? "paper" : "papers",
                             text::one_line(file)),
          status_for(ids.size())};
}

}  // namespace mllmseg::app
