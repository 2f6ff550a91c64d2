#include "cmd_cite.h"

#include <fmt/format.h>

#include "catalog/load.h"
#include "cite/document.h"
#include "cite/resolve.h"
#include "cite/update_bib.h"
#include "format/bibliography.h"
#include "io/output.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// The largest .bib file --update reads.
constexpr std::size_t k_max_bib_bytes = std::size_t{256} << 20;  // 256 MiB

const format::BibliographyFormat& bibliography_format(const std::string& name) {
  if (const auto* found = format::find_bibliography_format(text::to_lower(name))) {
    return *found;
  }
  std::string message = fmt::format("--format: unknown format '{}'", name);
  if (auto guess = text::closest(name, format::bibliography_format_names())) {
    message += fmt::format("; did you mean '{}'?", *guess);
  } else {
    message += fmt::format(" (expected {})", text::join(format::bibliography_format_names(), ", "));
  }
  throw Failure(message);
}

format::KeyFormat key_format(const std::string& name) {
  const auto parsed = format::parse_key_format(name.empty() ? "catalog" : name);
  if (!parsed) {
    throw Failure(fmt::format("--key-format: unknown key format '{}' (expected {})", name,
                              text::join(format::key_format_names(), " or ")));
  }
  return *parsed;
}

std::string entries(std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "entry" : "entries"); }

// What --update writes: the file with cite's entries in place of its own
// for the same papers, and the rest as it was.
Outcome update(const std::string& file, const format::BibliographyFormat& bibliography, const Store& store,
               std::span<const format::BibItem> items, std::string_view existing,
               std::span<const cite::BibEntrySpan> spans, Outcome outcome) {
  std::vector<cite::NewEntry> fresh;
  for (const format::BibItem& item : items) {
    const Paper p = store.paper(item.id);
    cite::NewEntry entry{item.key, bibliography.render(store, std::span(&item, 1)), {p.title, p.pdf}, {}};
    entry.marks.push_back(p.arxiv.value_or(""));
    entry.marks.push_back(p.doi.value_or(""));
    entry.what = p.title;
    fresh.push_back(std::move(entry));
  }
  const cite::BibUpdate updated = cite::update_bib(existing, spans, fresh, text::one_line(file));
  for (const std::string& foreign : updated.foreign) {
    outcome.notes += fmt::format("mllmseg: warning: {}; cite that paper under another key\n", foreign);
  }
  outcome.notes += format::without_authors_notice(format::items_without_authors(store, items), items.size());
  if (updated.text == existing) {
    outcome.notes += fmt::format("mllmseg: {} is up to date\n", text::one_line(file));
    return outcome;
  }
  if (auto written = io::write_file_atomic(file, updated.text); !written) {
    throw Failure(written.error());
  }
  outcome.notes += fmt::format("mllmseg: updated {}: {} replaced, {} added, {} kept as {}\n",
                               text::one_line(file), entries(updated.replaced), updated.added,
                               updated.kept == 1 ? "1 other" : fmt::format("{} others", updated.kept),
                               updated.kept == 1 ? "it was" : "they were");
  return outcome;
}

}  // namespace

Outcome run_cite(const CiteOptions& options, const Store& store) {
  if (options.output && options.output->empty()) {
    throw Failure("--output: empty file name (use - for standard output)");
  }
  if (options.update && options.update->empty()) {
    throw Failure("--update: empty file name");
  }
  const format::BibliographyFormat& bibliography = bibliography_format(options.format);
  const bool biblatex = bibliography.name == "biblatex";
  if (options.update && !biblatex && bibliography.name != "bibtex") {
    throw Failure(fmt::format("--update: rewrites a .bib file, which {} is not (use bibtex or biblatex)",
                              bibliography.name));
  }
  cite::ResolveOptions resolving{
      key_format(options.key_format), options.ignore, {}, biblatex || bibliography.name == "bibtex"};

  const cite::DocumentCitations documents = cite::read_citations(options.files);
  if (!documents.errors.empty()) {
    Outcome failed{{}, {}, 2};
    for (const std::string& error : documents.errors) {
      failed.notes += fmt::format("mllmseg: error: {}\n", error);
    }
    return failed;
  }
  std::string existing;
  std::vector<cite::BibEntrySpan> spans;
  if (options.update) {
    auto bytes = read_input(*options.update, k_max_bib_bytes, "bibliography");
    if (!bytes) {
      throw Failure(bytes.error() + " (use -o to write a new file)");
    }
    existing = std::move(*bytes);
    auto scanned = cite::scan_bib(existing, text::one_line(*options.update));
    if (!scanned) {
      throw Failure(scanned.error());
    }
    spans = std::move(*scanned);
    for (const cite::BibEntrySpan& span : spans) {
      resolving.defined.push_back(span.key);
    }
  }

  const cite::Resolution resolution = cite::resolve_citations(store, documents.citations, resolving);
  Outcome outcome;
  const char* level = options.strict ? "error" : "warning";
  for (const std::string& problem : resolution.unresolved) {
    outcome.notes += fmt::format("mllmseg: {}: {}\n", level, problem);
  }
  for (const std::string& alias : resolution.aliases) {
    outcome.notes +=
        fmt::format("mllmseg: note: {}; {}\n", alias,
                    biblatex ? "one entry lists both (ids)" : "its entry is written under each key");
  }
  if (options.strict && !resolution.unresolved.empty()) {
    outcome.status = 2;
    return outcome;
  }
  const std::vector<format::BibItem> items =
      biblatex ? cite::merge_aliases(resolution.items) : resolution.items;
  outcome.status = resolution.unresolved.empty() && !items.empty() ? 0 : 1;
  if (options.check) {
    outcome.notes += fmt::format(
        "mllmseg: note: {} citation{}: {} to write, {} left to other bibliographies, {} unknown\n",
        resolution.citations, resolution.citations == 1 ? "" : "s", entries(items.size()), resolution.ignored,
        resolution.unresolved.size());
    return outcome;
  }
  if (options.update) {
    return update(*options.update, bibliography, store, items, existing, spans, std::move(outcome));
  }
  outcome.notes += format::without_authors_notice(format::items_without_authors(store, items), items.size());
  if (!options.output || *options.output == "-") {
    outcome.out = bibliography.render(store, items);
    return outcome;
  }
  const std::string& file = *options.output;
  if (items.empty()) {
    outcome.notes +=
        fmt::format("mllmseg: no paper of the catalog is cited; {} left as it was\n", text::one_line(file));
    return outcome;
  }
  if (auto written = io::write_file_atomic(file, bibliography.render(store, items)); !written) {
    throw Failure(written.error());
  }
  outcome.notes += fmt::format("mllmseg: wrote {} to {}\n", entries(items.size()), text::one_line(file));
  return outcome;
}

}  // namespace mllmseg::app
