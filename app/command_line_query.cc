// The command line of the commands that query the catalog (list, search,
// related, show, export, cite, stats, open, pick, info) and the flags they share: every
// CLI11 definition of theirs, so that CLI11's costly header is compiled here and
// in the other command_line_*.cc, run.cc and cli_spec.cc only.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli_spec.h"
#include "cmd_cite.h"
#include "cmd_export.h"
#include "cmd_info.h"
#include "cmd_list.h"
#include "cmd_open.h"
#include "cmd_pick.h"
#include "cmd_related.h"
#include "cmd_search.h"
#include "cmd_show.h"
#include "cmd_stats.h"
#include "filter_flags.h"
#include "format/bibliography.h"
#include "format/citekey.h"
#include "format/export.h"
#include "results.h"

namespace mllmseg::app {

namespace {

// Sets flag, once command is parsed, to whether the catalog is read from
// standard input (--catalog -, or MLLMSEG_CATALOG=-), which "-" as a paper
// name then cannot read too.
void note_stdin_catalog(CLI::App& app, CLI::App& command, bool& flag) {
  command.callback([&app, &flag] {
    GlobalOptions global;
    if (const CLI::Option* catalog = app.get_option_no_throw("--catalog");
        catalog != nullptr && catalog->count() > 0) {
      global.catalog = catalog->as<std::string>();
    }
    flag = choose_catalog(global).path == "-";
  });
}

// --key-format, of export and cite.
CLI::Option* add_key_format_option(CLI::App& command, std::string& key_format) {
  auto* option = command.add_option(
      "--key-format", key_format,
      "Citation keys of bibtex, biblatex, csl-json and ris: catalog (lisa2024, the default) or "
      "scholar (lai2024lisa: first author, year, first title word)");
  option->type_name("SCHEME")->check(CLI::IsMember(format::key_format_names()));
  return offers(command, option, format::key_format_names());
}

}  // namespace

void add_filter_flags(CLI::App& command, FilterFlags& flags) {
  command
      .add_option("--task", flags.tasks,
                  "Only papers of this task: res, ovss, video, image (res and ovss), or an alias such as "
                  "referring, open-vocabulary; repeat or separate with commas to allow several")
      ->type_name("TASK")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->group("Filters");
  command
      .add_option("--venue", flags.venues,
                  "Only papers of this venue: a series (NeurIPS, arxiv) or series and year (NeurIPS'24, "
                  "\"NeurIPS 2024\", neurips24, ICLR2025); case-insensitive; repeat or separate with commas "
                  "to allow several")
      ->type_name("VENUE")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->group("Filters");
  command
      .add_option("--year", flags.years,
                  "Only papers of these years: 2024, 2024..2025, 2025.. or ..2024; repeat or separate with "
                  "commas to allow several")
      ->type_name("YEARS")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->group("Filters");
  command
      .add_option("--author", flags.authors,
                  "Only papers by this author: a family name, a full name or a prefix (jia, \"Jiaya Jia\"); "
                  "any case, accents optional; repeat to allow several (a comma is part of a name: "
                  "\"Shou, Mike Zheng\")")
      ->type_name("NAME")
      ->allow_extra_args(false)
      ->group("Filters");
  command
      .add_option("--listed", flags.listed,
                  "Only papers that joined the list in these days: 2025, 2025-10, 2025-10.., "
                  "2025-06..2025-09 (a year or month means all of it); repeat or separate with commas to "
                  "allow several")
      ->type_name("DATES")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->group("Filters");
  auto* has_code =
      command.add_flag("--has-code", flags.has_code, "Only papers with a code repository")->group("Filters");
  command.add_flag("--no-code", flags.no_code, "Only papers without a code repository")
      ->excludes(has_code)
      ->group("Filters");
}

CLI::App* setup_list(CLI::App& app, ListOptions& options) {
  auto* command = app.add_subcommand("list", "List papers, filtered by task, venue, year and code");
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "list");
  const JsonOptions json = add_json_flags(*command, options.json, "a JSON array of papers");
  auto* format = add_format_option(*command, options.format, json);
  add_table_flag(*command, options.table,
                 {json.json, json.jq, format, add_count_flag(*command, options.count, json, format)});
  command->footer(
      "Examples:\n"
      "  mllmseg list --task video --venue \"NeurIPS'24\"\n"
      "  mllmseg list --year 2025.. --has-code --sort year\n"
      "  mllmseg list --json key,title,year\n"
      "  mllmseg list --jq '.[].title'\n"
      "  mllmseg list --task video --format '{key}\\t{venue}\\t{title}'");
  return command;
}

CLI::App* setup_search(CLI::App& app, SearchOptions& options) {
  auto* command =
      app.add_subcommand("search", "Search names, titles, venues and abstracts, best matches first");
  command->add_option("query", options.query,
                      "Words (each matches words starting with it or sharing its stem, and inside short "
                      "names), identifiers (arXiv id, DOI, link) and field terms: title:W name:W "
                      "author:NAME venue:V year:Y listed:DATES task:T code:yes|no; field terms alone "
                      "are a filter");
  command
      ->add_option("--regex", options.regex, "Match name and title with this RE2 pattern (case-insensitive)")
      ->type_name("PATTERN");
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "relevance");
  const JsonOptions json = add_json_flags(*command, options.json, "a JSON array of papers");
  auto* format = add_format_option(*command, options.format, json);
  add_table_flag(*command, options.table,
                 {json.json, json.jq, format, add_count_flag(*command, options.count, json, format)});
  command->footer(
      "A word that matches nothing is replaced by the nearest word of the catalog,\n"
      "or reported when none is near; numbers are never corrected. author:jia is a\n"
      "family name, author:jiaya-jia a full name, author:jia* a prefix.\n"
      "\n"
      "Examples:\n"
      "  mllmseg search sam2\n"
      "  mllmseg search reasoning video task:video year:2024..\n"
      "  mllmseg search author:loy\n"
      "  mllmseg search 2308.00692\n"
      "  mllmseg search --regex 'sam ?2' --json\n"
      "  mllmseg search sam2 --json key,title");
  return command;
}

CLI::App* setup_related(CLI::App& app, RelatedOptions& options) {
  auto* command = app.add_subcommand(
      "related", "List the papers most like a given one, with why: shared authors, words, tasks, names");
  command
      ->add_option("paper", options.paper,
                   "The paper's key or short name (case-insensitive), arXiv id, DOI, or pdf or code link")
      ->type_name("KEY|NAME")
      ->required();
  add_filter_flags(*command, options.filters);
  command->add_option("--limit", options.limit, "Print at most N papers (default: 10)")
      ->type_name("N")
      ->group("Output");
  add_json_flags(*command, options.json,
                 "a JSON array of papers, each with its \"score\" and \"reasons\" (authors, words, tasks, "
                 "name)");
  command->footer(
      "Examples:\n"
      "  mllmseg related seg-zero\n"
      "  mllmseg related lisa --task video --limit 3\n"
      "  mllmseg related sa2va --jq '.[] | [.key, .score] | @tsv'");
  return command;
}

CLI::App* setup_show(CLI::App& app, ShowOptions& options) {
  auto* command = app.add_subcommand("show", "Show every field of one or more papers");
  command
      ->add_option(
          "paper", options.papers,
          "The papers, in the order to show them: keys or short names (case-insensitive), arXiv ids "
          "(2308.00692, arXiv:2308.00692v2), DOIs, or pdf or code links; '-' reads them from standard "
          "input, one a line (the first tab-separated field; blank and '#' lines skipped)")
      ->type_name("KEY|NAME")
      ->required();
  add_json_flags(*command, options.json, "a JSON array holding the papers, in the order given");
  command->footer(
      "Examples:\n"
      "  mllmseg show lisa\n"
      "  mllmseg show OMG-LLaVA sa2va --json key,venue,code\n"
      "  mllmseg show 2308.00692\n"
      "  mllmseg search reasoning video | mllmseg show -");
  note_stdin_catalog(app, *command, options.stdin_is_catalog);
  return command;
}

CLI::App* setup_export(CLI::App& app, ExportOptions& options) {
  auto* command = app.add_subcommand(
      "export", "Write papers for LaTeX, pandoc, Zotero or a spreadsheet: bibtex, csl-json, ris, csv ...");
  std::string formats;
  for (const auto& f : format::export_formats()) {
    formats += fmt::format("\n  {:<9} {}", f.name, f.description);
  }
  offers(*command, command->add_option("--format,-f", options.format, "Output format:" + formats),
         format::export_format_names())
      ->type_name("FORMAT")
      ->required();
  command
      ->add_option_function<std::string>(
          "--output,-o", [&options](const std::string& file) { options.output = file; },
          "Write to FILE instead of standard output ('-'), atomically: on an error, or when no paper "
          "matches, FILE is left as it was")
      ->type_name("FILE");
  command
      ->add_option("papers", options.keys,
                   "Export only these papers, in this order unless --sort is given: keys, names, arXiv ids, "
                   "DOIs or links, as show takes them; '-' reads them from standard input, one a line")
      ->type_name("KEY");
  add_key_format_option(*command, options.key_format);
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "list");
  command->footer(
      "Examples:\n"
      "  mllmseg export --format bibtex --task video -o video.bib\n"
      "  mllmseg export --format bibtex lisa sa2va\n"
      "  mllmseg search reasoning | mllmseg export --format bibtex -\n"
      "  mllmseg export --format csl-json -o mllm-seg.json\n"
      "  mllmseg export --format json --year 2025.. > recent.json");
  note_stdin_catalog(app, *command, options.stdin_is_catalog);
  return command;
}

CLI::App* setup_cite(CLI::App& app, CiteOptions& options) {
  auto* command = app.add_subcommand(
      "cite", "Write the entries a LaTeX or Markdown document cites, under its keys: bibtex, biblatex ...");
  command
      ->add_option("FILE", options.files,
                   "The document: LaTeX (.tex; \\input and \\include followed), a LaTeX run's .aux, or "
                   "pandoc Markdown (.md)")
      ->type_name("FILE")
      ->required();
  offers(*command,
         command->add_option("--format,-f", options.format,
                             "Output format: bibtex (the default), biblatex, csl-json or ris"),
         format::bibliography_format_names())
      ->type_name("FORMAT");
  auto* output =
      command
          ->add_option_function<std::string>(
              "--output,-o", [&options](const std::string& file) { options.output = file; },
              "Write to FILE instead of standard output ('-'), atomically: on an error, or when no "
              "paper is cited, FILE is left as it was")
          ->type_name("FILE");
  auto* update = command
                     ->add_option_function<std::string>(
                         "--update", [&options](const std::string& file) { options.update = file; },
                         "Rewrite the existing .bib FILE in place: its entries of the cited papers are "
                         "replaced, missing ones added at its end, every other entry kept as it is")
                     ->type_name("FILE")
                     ->excludes(output);
  command
      ->add_option("--ignore", options.ignore,
                   "Leave keys matching this shell pattern (* ? [...]) to another bibliography, "
                   "unreported; repeat for several")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  add_key_format_option(*command, options.key_format)
      ->description(
          "The keys \\nocite{*} (every paper) is written under, and that \"did you mean\" suggests first: "
          "catalog (lisa2024, the default) or scholar (lai2024lisa: first author, year, first title word)");
  command->add_flag("--check", options.check, "Report unknown keys only; write nothing")
      ->excludes(output)
      ->excludes(update);
  command->add_flag("--strict", options.strict, "Make an unknown key an error (status 2) and write nothing");
  command->footer(
      "A key may be a citation key as export writes it (lisa2024, or lai2024lisa with\n"
      "--key-format scholar) or any name of a paper show takes: key, short name,\n"
      "arXiv id, DOI. Each entry is written under the key the document uses, in the\n"
      "order of first citation; a key that names no paper is reported with its file\n"
      "and line (status 1), keys matching --ignore are left alone, \\nocite{*} writes\n"
      "every paper. With --update, keys the .bib defines itself are left alone too.\n"
      "\n"
      "Examples:\n"
      "  mllmseg cite paper.tex -o refs.bib && latexmk -pdf paper.tex\n"
      "  mllmseg cite paper.tex --ignore 'knuth*' --update refs.bib\n"
      "  mllmseg cite paper.aux --format biblatex -o mllm-seg.bib\n"
      "  mllmseg cite draft.md --format csl-json -o refs.json && pandoc --citeproc draft.md\n"
      "  mllmseg cite paper.tex --check --strict");
  return command;
}

CLI::App* setup_stats(CLI::App& app, StatsOptions& options) {
  auto* command = app.add_subcommand(
      "stats", "Count papers by year, venue, task, code, author and month listed, as bar charts");
  add_filter_flags(*command, options.filters);
  command->add_flag("--ascii", options.ascii, "Draw bars with '#' instead of Unicode blocks")
      ->group("Output");
  add_json_flags(*command, options.json, "the counts as a JSON object");
  command->footer(
      "Examples:\n"
      "  mllmseg stats\n"
      "  mllmseg stats --task video --has-code\n"
      "  mllmseg stats --jq '.venues[0]'");
  return command;
}

CLI::App* setup_open(CLI::App& app, OpenOptions& options) {
  auto* command =
      app.add_subcommand("open", "Open a paper's link, or its code or project page, in the browser");
  command
      ->add_option(
          "paper", options.paper,
          "The paper's key or short name (case-insensitive), arXiv id, DOI, or pdf, code or project link; "
          "'-' reads it from standard input")
      ->type_name("KEY|NAME")
      ->required();
  auto* code =
      command->add_flag("--code", options.code, "Open the code repository instead of the paper's link");
  command->add_flag("--project", options.project, "Open the project page instead of the paper's link")
      ->excludes(code);
  command->add_flag("--print", options.print, "Print the link instead of opening it");
  command->footer(
      "Examples:\n"
      "  mllmseg open lisa\n"
      "  mllmseg open sa2va --code\n"
      "  mllmseg open groundhog --project\n"
      "  mllmseg open glamm --print\n"
      "  mllmseg open --code arXiv:2308.00692");
  note_stdin_catalog(app, *command, options.stdin_is_catalog);
  return command;
}

CLI::App* setup_pick(CLI::App& app, PickOptions& options) {
  auto* command = app.add_subcommand(
      "pick", "Choose papers in fzf, with a preview of each, and print their keys, one a line");
  command
      ->add_option("query", options.query,
                   "Words fzf starts with as its query (fuzzy, over name, venue, tasks, title and authors)")
      ->type_name("WORDS");
  add_filter_flags(*command, options.filters);
  add_order_flags(*command, options.order, "list");
  command->footer(
      "Runs fzf (Debian: apt install fzf; $MLLMSEG_FZF names another) on the terminal,\n"
      "even when standard output is a pipe. Tab selects several papers, Enter prints\n"
      "their keys (status 0), Escape prints nothing (status 1). In fzf, ctrl-o opens\n"
      "the paper, alt-o its code, ctrl-y copies the BibTeX of the selection with\n"
      "wl-copy, xclip, xsel or pbcopy.\n"
      "\n"
      "Examples:\n"
      "  mllmseg pick sa2va\n"
      "  mllmseg pick --task video --year 2025..\n"
      "  mllmseg pick --has-code | mllmseg export -f bibtex - > picked.bib\n"
      "  mllmseg export -f bibtex $(mllmseg pick)   # every paper when none is picked\n"
      "  mllmseg pick | mllmseg show -");
  return command;
}

CLI::App* setup_info(CLI::App& app, InfoOptions& options) {
  auto* command = app.add_subcommand(
      "info", "Say which catalog is in use, what it holds, and when it was updated from where");
  add_json_flags(*command, options.json, "a JSON object");
  command->footer(
      "Examples:\n"
      "  mllmseg info\n"
      "  MLLMSEG_CATALOG=other.json mllmseg info --json\n"
      "  mllmseg info --jq .papers");
  return command;
}

}  // namespace mllmseg::app
