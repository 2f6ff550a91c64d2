#include "cmd_manpage.h"

#include <fmt/format.h>

#include "cli/man.h"
#include "format/template.h"
#include "term/pager.h"

namespace mllmseg::app {

namespace {

// What the man page says that no option definition does.
cli::ManText man_text() {
  cli::ManText text;
  text.title = "query the Awesome-MLLM-Segmentation bibliography";
  text.version = "mllmseg " MLLMSEG_VERSION;
  text.description = {
      "mllmseg queries a curated bibliography of papers on segmentation with multimodal large language "
      "models: referring expression segmentation (res), open-vocabulary semantic segmentation (ovss) and "
      "video segmentation (video). The catalog is compiled into the program; --catalog or MLLMSEG_CATALOG "
      "name another file in the same format.",
      "On a terminal, results are an aligned, coloured table cut to the terminal's width, with search "
      "matches highlighted, shown through a pager when longer than the screen. In a pipe they are "
      "tab-separated lines (key, name, venue, tasks, code link, title) with nothing cut and no colour. "
      "--json prints JSON instead, --format a line of your own making for each paper.",
      "--json and --jq work on every command with JSON output as they do in the GitHub CLI (gh). "
      "--json FIELDS (or --json=FIELDS) prints only the comma-separated fields named, in that order, "
      "from each paper or finding of an array, or from the object stats, info and diff print; each "
      "command's --json lists its fields. The word after --json is FIELDS only when each of its items is "
      "a field; otherwise --json prints every field and the word is the command's own (search --json "
      "sam2 searches for sam2). --jq EXPR implies --json and filters it through jq's own library: each "
      "result on a line, strings raw as jq -r prints them. JSON is indented by two spaces on a "
      "terminal and compact in a pipe.",
      "Filters of one kind OR their values (--task ovss --task video); different kinds AND."};
  std::vector<cli::Definition> fields;
  for (const auto& f : format::template_fields()) {
    fields.emplace_back(fmt::format("{{{}}}", f.name), std::string(f.description));
  }
  text.extra_sections.emplace_back("TEMPLATE FIELDS", std::move(fields));
  text.exit_status = {
      {"0", "Papers were found (for open: the link was opened or printed; for pick: papers were picked)."},
      {"1",
       "A valid query found no paper; pick: none was picked, or fzf was left with Escape; lint: findings "
       "were reported; diff: the two differ; open --code: the paper has no code link; import: part of the "
       "list was not imported; export -o: nothing matched, and the file was left as it was."},
      {"2",
       "An error: a bad flag or value, an unknown paper, an unreadable or malformed catalog, a failed "
       "write. Output cut short by a closed pipe (mllmseg list | head -1) is no error."}};
  text.environment = {
      {"MLLMSEG_CATALOG",
       "The catalog file to read when --catalog is not given: JSON in the catalog format, or a list in the "
       "list's markdown, imported as it is read. Unset or empty: the user catalog when it exists, else the "
       "built-in catalog."},
      {"MLLMSEG_PAGER", fmt::format("The pager for long output on a terminal; before PAGER. Empty or cat: no "
                                    "pager. The default is {}.",
                                    term::k_default_pager)},
      {"PAGER", "The pager when MLLMSEG_PAGER is not set."},
      {"BROWSER",
       "Programs for open to try first, separated by colons; %s stands for the link. Then "
       "xdg-open (open on macOS)."},
      {"MLLMSEG_FZF", "The fzf pick runs, a name on PATH or a path; fzf when not set."},
      {"NO_COLOR", "No colour, unless --color always."},
      {"CLICOLOR_FORCE", "Colour even in a pipe, unless --color never."},
      {"COLUMNS", "The table's width when the terminal does not tell."},
      {"LANG, LC_ALL, LC_CTYPE", "Without UTF-8 in the locale, tables and charts use plain ASCII."},
      {"SOURCE_DATE_EPOCH",
       "Seconds since 1970: the day update records as the catalog's updated date and new papers' listed "
       "date, instead of today."},
      {"XDG_DATA_HOME",
       "Where the user catalog lives: $XDG_DATA_HOME/mllmseg/catalog.json "
       "(~/.local/share/mllmseg/catalog.json "
       "when unset or not an absolute path). update and enrich write it, keeping the previous one as "
       "catalog.json.bak; mllmseg reads it when neither --catalog nor MLLMSEG_CATALOG is given."},
      {"XDG_CACHE_HOME",
       "Where snapshots of large catalog files live: $XDG_CACHE_HOME/mllmseg/ (~/.cache/mllmseg/ when "
       "unset or not an absolute path). The first command on a JSON catalog file of 1 MiB or more writes "
       "one, later commands read it while the file is unchanged; mllmseg cache lists and clears them, "
       "--no-cache skips them."},
      {"HOME", "Where the user catalog and the cache live when XDG_DATA_HOME or XDG_CACHE_HOME is not set."}};
  text.see_also = {"fzf(1)", "jq(1)", "less(1)"};
  return text;
}

}  // namespace

Outcome run_manpage(const cli::CommandSpec& spec) { return {cli::man_page(spec, man_text()), {}, 0}; }

}  // namespace mllmseg::app
