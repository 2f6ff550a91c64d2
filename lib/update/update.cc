#include "update/update.h"

#include <sys/stat.h>

#include <fmt/format.h>

#include "catalog/load.h"
#include "format/json.h"
#include "importer/document.h"
#include "io/dirs.h"
#include "io/output.h"
#include "util/date.h"
#include "util/text.h"

namespace mllmseg::update {

namespace {

// Why an update that would drop papers and add none is refused: such a list
// is most likely an older copy of the list than the catalog was made from.
std::string looks_older(const diff::CatalogDiff& diff, const Catalog& current, std::string_view origin) {
  const std::size_t n = diff.removed.size();
  std::vector<std::string> names;
  for (std::size_t i = 0; i < n && i < 3; ++i) {
    names.push_back(diff.removed[i].name);
  }
  if (n > 3) {
    names.push_back(fmt::format("{} more", n - 3));
  }
  return fmt::format(
      "{}: the list lacks {} of the catalog's papers ({}) and has none the catalog lacks: it looks older "
      "than "
      "the catalog{}; refusing to drop {} (--force to update anyway)",
      origin, n == 1 ? std::string("one") : std::to_string(n), text::join(names, ", "),
      current.updated.empty() ? "" : fmt::format(" (updated {})", current.updated), n == 1 ? "it" : "them");
}

}  // namespace

Result<Plan> plan_update(std::string_view body, std::string_view origin, const Catalog& current,
                         bool shrink_ok, std::string_view today, std::string_view from) {
  const std::string day = today.empty() ? date::today() : std::string(today);
  Plan plan;
  plan.list = importer::import_list(body);
  const std::size_t papers = plan.list.catalog.papers.size();
  if (papers == 0) {
    return Error{
        fmt::format("{}: not a list in the Awesome-MLLM-Segmentation format: no numbered entry under a "
                    "heading that names a task",
                    origin)};
  }
  if (!shrink_ok && papers * 2 < current.papers.size()) {
    return Error{
        fmt::format("{}: the list has {} papers, the catalog in use {}; refusing to replace it "
                    "(--force if the list really shrank)",
                    origin, papers, current.papers.size())};
  }
  if (!shrink_ok && plan.list.dropped()) {
    std::vector<std::string> lines;
    for (const importer::Diagnostic& d : plan.list.diagnostics) {
      if (d.dropped) {
        lines.push_back(std::to_string(d.line));
      }
    }
    return Error{
        fmt::format("{}: part of the list cannot be imported (line{} {}: see mllmseg lint); refusing to "
                    "update without it (--force to update anyway)",
                    origin, lines.size() == 1 ? "" : "s", text::join(lines, ", "))};
  }
  plan.findings = lint::lint_list(plan.list);
  plan.carried = importer::carry_curated(plan.list, current, day);
  plan.list.catalog.updated = day;
  plan.list.catalog.updated_from = std::string(from.empty() ? origin : from);
  auto json = format::validated_json(plan.list.catalog);
  if (!json) {
    return Error{fmt::format("{}: the catalog made from it would not load: {}", origin, json.error())};
  }
  plan.json = std::move(*json);
  plan.diff = diff::compare(current, plan.list.catalog, diff::Fields::all);
  if (!shrink_ok && !plan.diff.removed.empty() && plan.diff.added.empty()) {
    return Error{looks_older(plan.diff, current, origin)};
  }
  return plan;
}

std::string backup_path(const std::string& path) { return path + ".bak"; }

Result<Stored> store(const std::string& path, const std::string& json) {
  struct stat info {};
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists) {
    auto previous = read_input(path);
    if (!previous) {
      return Error{previous.error()};
    }
    if (*previous == json) {
      return Stored::unchanged;
    }
    if (auto kept = io::write_file_atomic(backup_path(path), *previous); !kept) {
      return Error{kept.error()};
    }
  } else if (auto made = io::make_parent_dirs(path); !made) {
    return Error{made.error()};
  }
  if (auto written = io::write_file_atomic(path, json); !written) {
    return Error{written.error()};
  }
  return exists ? Stored::replaced : Stored::created;
}

}  // namespace mllmseg::update
