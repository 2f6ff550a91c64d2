#include "cmd_enrich.h"

#include <fmt/format.h>

#include <chrono>
#include <unordered_set>

#include "enrich/arxiv.h"
#include "enrich/client.h"
#include "enrich/merge.h"
#include "format/json.h"
#include "io/dirs.h"
#include "io/output.h"
#include "util/date.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string papers(std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "paper" : "papers"); }

// "filled lisa: abstract, doi".
std::string change_line(const enrich::Change& change) {
  std::vector<std::string> names;
  for (const enrich::Field field : change.fields) {
    names.emplace_back(enrich::field_name(field));
  }
  return fmt::format("filled {}: {}\n", change.key, text::join(names, ", "));
}

// The papers asked about that the API gave no record for: "hyperseg (2411.17606)".
std::string unanswered(const Catalog& catalog, const std::vector<std::string>& ids,
                       const std::vector<enrich::ArxivRecord>& records) {
  std::unordered_set<std::string_view> answered;
  for (const auto& r : records) {
    answered.insert(r.id);
  }
  const std::unordered_set<std::string_view> asked(ids.begin(), ids.end());
  std::vector<std::string> missing;
  for (const Paper& p : catalog.papers) {
    if (p.arxiv && asked.contains(*p.arxiv) && !answered.contains(*p.arxiv)) {
      missing.push_back(fmt::format("{} ({})", p.key, *p.arxiv));
    }
  }
  if (missing.empty()) {
    return {};
  }
  return fmt::format("mllmseg: note: the arXiv API gave no record for {}\n", text::join(missing, ", "));
}

}  // namespace

Outcome run_enrich(const EnrichOptions& options, const GlobalOptions& global) {
  const std::string target = user_catalog_path();
  if (target.empty()) {
    throw Failure("cannot find the user catalog's place: set XDG_DATA_HOME or HOME");
  }
  const CatalogChoice choice = choose_catalog(global);
  Catalog catalog = load_catalog(choice);
  const std::vector<std::string> ids = enrich::ids_to_enrich(catalog);
  if (ids.empty()) {
    return {fmt::format("every paper with an arXiv id in {} has an abstract, a first submission date, a DOI "
                        "and authors; nothing to fill\n",
                        choice.origin),
            {},
            0};
  }
  const enrich::Tally missing = enrich::count_missing(catalog);
  if (options.dry_run) {
    return {fmt::format("would ask arXiv about {}: {}\n", papers(missing.papers), enrich::describe(missing)),
            {},
            0};
  }

  enrich::ClientSettings settings;
  settings.timeout = std::chrono::seconds(options.timeout);
  enrich::Client client(options.api.empty() ? std::string(enrich::k_arxiv_api) : options.api, settings);
  auto records = client.fetch_all(ids, static_cast<std::size_t>(options.batch));
  if (!records) {
    throw Failure(records.error());
  }

  const std::vector<enrich::Change> changes = enrich::apply(catalog, *records, client.api(), date::today());
  std::string out;
  for (const auto& change : changes) {
    out += change_line(change);
  }
  const enrich::Tally filled = enrich::count_filled(changes);
  out += fmt::format("filled {} of {} asked about: {}\n", filled.papers, papers(missing.papers),
                     enrich::describe(filled));
  const std::string notes = unanswered(catalog, ids, *records);
  if (changes.empty()) {
    return {out, notes, 1};
  }
  if (auto made = io::make_parent_dirs(target); !made) {
    throw Failure(made.error());
  }
  if (auto written = io::write_file_atomic(target, format::catalog_document(catalog)); !written) {
    throw Failure(written.error());
  }
  out += fmt::format("wrote {} to {}\n", papers(catalog.papers.size()), target);
  return {out, notes, 0};
}

}  // namespace mllmseg::app
