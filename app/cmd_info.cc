#include "cmd_info.h"

#include <fmt/format.h>

#include "format/json.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// A catalog that cannot be read, diagnosed: which file, what is wrong, what
// to do about it. Status 2, as for every command that reads it.
Outcome diagnose(const InfoOptions& options, const CatalogChoice& choice, const std::string& problem) {
  const source::Remedy remedy = source::remedy(choice);
  const std::string fix =
      remedy.fix.empty()
          ? fmt::format("mllmseg lint {} shows what is wrong with it, entry by entry", choice.origin)
          : remedy.fix;
  Outcome outcome;
  outcome.status = 2;
  outcome.notes = "mllmseg: error: the catalog in use cannot be read; see above\n";
  if (options.json) {
    format::OrderedJson j;
    j["catalog"] = choice.path.empty() ? nullptr : format::OrderedJson(choice.path);
    j["source"] = choice.reason;
    j["error"] = problem;
    j["fix"] = fix;
    j["user_catalog"] = user_catalog_path();
    outcome.out = format::dump(j, -1) + "\n";
    return outcome;
  }
  outcome.out += fmt::format("catalog       {} ({})\n", text::one_line(choice.origin), choice.reason);
  outcome.out += fmt::format("problem       {}\n", text::one_line(problem));
  outcome.out += fmt::format("fix           {}\n", text::one_line(fix));
  outcome.out += fmt::format("user catalog  {}\n", user_catalog_path().empty() ? "-" : user_catalog_path());
  return outcome;
}

}  // namespace

Outcome run_info(const InfoOptions& options, const GlobalOptions& global) {
  const CatalogChoice choice = choose_catalog(global);
  auto read = source::read_catalog(choice);
  if (!read) {
    return diagnose(options, choice, read.error());
  }
  const Store store(std::move(read->value));
  std::size_t with_authors = 0;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper p = store.paper(id);
    with_authors += p.authors.empty() ? 0u : 1u;
  }
  const std::size_t with_code = store.with_code(true).size();
  if (options.json) {
    format::OrderedJson j;
    j["catalog"] = choice.path.empty() ? nullptr : format::OrderedJson(choice.path);
    j["source"] = choice.reason;
    j["papers"] = store.size();
    j["with_code"] = with_code;
    j["with_authors"] = with_authors;
    j["updated"] = store.header().updated.empty() ? nullptr : format::OrderedJson(store.header().updated);
    j["updated_from"] =
        store.header().updated_from.empty() ? nullptr : format::OrderedJson(store.header().updated_from);
    j["user_catalog"] = user_catalog_path();
    return {format::dump(j, -1) + "\n", read->warnings, 0};
  }
  std::string out;
  out += fmt::format("catalog       {} ({})\n", choice.origin, choice.reason);
  out += fmt::format("papers        {}\n", store.size());
  out += fmt::format("with code     {}\n", with_code);
  out += fmt::format("with authors  {}\n", with_authors);
  const Catalog& header = store.header();
  if (!header.updated.empty() || !header.updated_from.empty()) {
    out += fmt::format("updated       {}{}\n", header.updated.empty() ? "-" : header.updated,
                       header.updated_from.empty() ? "" : " from " + text::one_line(header.updated_from));
  }
  out += fmt::format("user catalog  {}\n", user_catalog_path().empty() ? "-" : user_catalog_path());
  return {out, read->warnings, 0};
}

}  // namespace mllmseg::app
