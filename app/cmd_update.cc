#include "cmd_update.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>

#include "catalog/load.h"
#include "net/http.h"
#include "update/update.h"

namespace mllmseg::app {

namespace {

bool is_url(std::string_view source) {
  return source.starts_with("http://") || source.starts_with("https://");
}

// "ftp://host/x" is no file name: a scheme is letters, digits, + - . before "://".
void refuse_other_schemes(std::string_view source) {
  if (is_url(source)) {
    return;
  }
  const auto colon = source.find("://");
  if (colon == std::string_view::npos || colon == 0 ||
      source.substr(0, colon).find_first_not_of(
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") != std::string_view::npos) {
    return;
  }
  throw Failure(
      fmt::format("--from: cannot fetch '{}': mllmseg reads http and https URLs and files; download "
                  "it and give the file",
                  source));
}

std::string fetch(const std::string& source, const UpdateOptions& options) {
  refuse_other_schemes(source);
  if (!is_url(source)) {
    auto bytes = read_input(source, options.max_bytes, "list");
    if (!bytes) {
      throw Failure(bytes.error());
    }
    return std::move(*bytes);
  }
  auto response = net::get(source, net::Limits{std::chrono::seconds(options.timeout), options.max_bytes});
  if (!response) {
    throw Failure(response.error());
  }
  if (response->status != 200) {
    throw Failure(fmt::format("{}: HTTP {}", source, response->status));
  }
  return std::move(response->body);
}

std::string carried_note(const importer::CarryReport& carried) {
  std::string note = fmt::format(
      "mllmseg: note: kept the curated data of {} matching paper{} ({} author list{}, {} fix{})\n",
      carried.matched, carried.matched == 1 ? "" : "s", carried.with_authors,
      carried.with_authors == 1 ? "" : "s", carried.fixes_kept, carried.fixes_kept == 1 ? "" : "es");
  for (const std::string& line : carried.notes) {
    note += "mllmseg: warning: " + line + "\n";
  }
  return note;
}

// The catalog in use, which the list is compared with and takes curated data
// from. A stored catalog that cannot be read would otherwise stop the one
// command that replaces it: the built-in catalog stands in, and the broken
// file becomes the backup when the new one is written.
Catalog catalog_to_update(const CatalogChoice& choice, std::string& notes) {
  if (choice.reason != "user catalog") {
    return load_catalog(choice);
  }
  auto read = source::read_catalog(choice);
  if (!read) {
    notes += fmt::format(
        "mllmseg: warning: cannot use the user catalog ({}); using the built-in catalog instead\n",
        read.error());
    return load_catalog(built_in_catalog());
  }
  notes += read->warnings;
  return std::move(read->value);
}

}  // namespace

Outcome run_update(const UpdateOptions& options, const GlobalOptions& global) {
  const std::string target = user_catalog_path();
  if (target.empty()) {
    throw Failure("cannot find the user catalog's place: set XDG_DATA_HOME or HOME");
  }
  const std::string source = options.from.empty() ? std::string(k_upstream_readme) : options.from;
  const std::string body = fetch(source, options);
  Outcome outcome;
  const Catalog current = catalog_to_update(choose_catalog(global), outcome.notes);
  // A file is recorded by its absolute path, which still names it later.
  std::string from = source;
  if (!is_url(source) && source != "-") {
    std::error_code error;
    if (auto absolute = std::filesystem::absolute(source, error); !error) {
      from = absolute.lexically_normal().string();
    }
  }
  auto plan = update::plan_update(body, source, current, options.force, {}, from);
  if (!plan) {
    throw Failure(plan.error());
  }
  for (const lint::Finding& f : plan->findings) {
    outcome.notes +=
        fmt::format("mllmseg: lint: {}:{}: {}: {}\n", source, f.line.value_or(0), f.rule, f.message);
  }
  outcome.notes += carried_note(plan->carried);
  outcome.out = diff::diff_text(plan->diff);
  if (options.dry_run) {
    outcome.out += fmt::format("dry run: {} not written\n", target);
    return outcome;
  }
  auto stored = update::store(target, plan->json);
  if (!stored) {
    throw Failure(stored.error());
  }
  if (*stored == update::Stored::unchanged) {
    outcome.out += fmt::format("{} is up to date\n", target);
  } else if (*stored == update::Stored::replaced) {
    outcome.out += fmt::format("saved {} papers to {} (the previous catalog is {})\n",
                               plan->list.catalog.papers.size(), target, update::backup_path(target));
  } else {
    outcome.out += fmt::format("saved {} papers to {}\n", plan->list.catalog.papers.size(), target);
  }
  if (const CatalogChoice now = choose_catalog(global); now.path != target) {
    outcome.notes += fmt::format("mllmseg: note: mllmseg reads {} ({}) ahead of the user catalog\n",
                                 now.origin, now.reason);
  }
  return outcome;
}

}  // namespace mllmseg::app
