#include "cmd_info.h"

#include <fmt/format.h>

#include "format/info.h"
#include "source/catalog_source.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// A catalog that cannot be read, diagnosed: which file, what is wrong, what
// to do about it. Status 2, as for every command that reads it.
Outcome diagnose(const InfoOptions& options, const CatalogChoice& choice, const std::string& problem,
                 const Console& console) {
  const source::Remedy remedy = source::remedy(choice);
  const std::string fix =
      remedy.fix.empty()
          ? fmt::format("mllmseg lint {} shows what is wrong with it, entry by entry", choice.origin)
          : remedy.fix;
  Outcome outcome;
  outcome.status = 2;
  outcome.notes = "mllmseg: error: the catalog in use cannot be read; see above\n";
  if (auto json = json_output(options.json, "info", console)) {
    format::OrderedJson j;
    j["catalog"] = choice.path.empty() ? nullptr : format::OrderedJson(choice.path);
    j["source"] = choice.reason;
    j["error"] = problem;
    j["fix"] = fix;
    j["user_catalog"] = user_catalog_path();
    outcome.out = json_text(format::render_json(j, *json));
    return outcome;
  }
  outcome.out += fmt::format("catalog       {} ({})\n", text::one_line(choice.origin), choice.reason);
  outcome.out += fmt::format("problem       {}\n", text::one_line(problem));
  outcome.out += fmt::format("fix           {}\n", text::one_line(fix));
  outcome.out += fmt::format("user catalog  {}\n", user_catalog_path().empty() ? "-" : user_catalog_path());
  return outcome;
}

}  // namespace

Outcome run_info(const InfoOptions& options, const GlobalOptions& global, const Console& console) {
  const CatalogChoice choice = choose_catalog(global);
  // From the head of the catalog's snapshot when it has one (the papers are
  // not read), else from the store, read paper by paper as a query reads it:
  // info costs no more than `list --limit 1`, however large the catalog.
  auto read = source::read_summary(choice, !global.no_cache);
  if (!read) {
    return diagnose(options, choice, read.error(), console);
  }
  const snapshot::Summary& summary = read->value;
  if (auto json = json_output(options.json, "info", console)) {
    const format::CatalogInfo info{choice.path,
                                   choice.reason,
                                   summary.papers,
                                   summary.with_code,
                                   summary.with_authors,
                                   summary.header.updated,
                                   summary.header.updated_from,
                                   user_catalog_path(),
                                   read->snapshot_status()};
    return {json_text(format::render_json(format::info_json(info), *json)), read->warnings, 0};
  }
  std::string out;
  out += fmt::format("catalog       {} ({})\n", choice.origin, choice.reason);
  out += fmt::format("papers        {}\n", summary.papers);
  out += fmt::format("with code     {}\n", summary.with_code);
  out += fmt::format("with authors  {}\n", summary.with_authors);
  const Catalog& header = summary.header;
  if (!header.updated.empty() || !header.updated_from.empty()) {
    out += fmt::format("updated       {}{}\n", header.updated.empty() ? "-" : header.updated,
                       header.updated_from.empty() ? "" : " from " + text::one_line(header.updated_from));
  }
  out += fmt::format("user catalog  {}\n", user_catalog_path().empty() ? "-" : user_catalog_path());
  if (!read->snapshot_status().empty()) {
    out += fmt::format("snapshot      {}\n", text::one_line(read->snapshot_status()));
  }
  return {out, read->warnings, 0};
}

}  // namespace mllmseg::app
