// The command line of the commands that make, check and keep the catalog
// (import, lint, diff, update, enrich) and of completions and manpage: every
// CLI11 definition of theirs (see command_line_query.cc).
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli_spec.h"
#include "cmd_cache.h"
#include "cmd_completions.h"
#include "cmd_diff.h"
#include "cmd_enrich.h"
#include "cmd_import.h"
#include "cmd_lint.h"
#include "cmd_manpage.h"
#include "cmd_update.h"
#include "enrich/arxiv.h"
#include "lint/lint.h"

namespace mllmseg::app {

CLI::App* setup_import(CLI::App& app, ImportOptions& options) {
  auto* command = app.add_subcommand("import", "Make a catalog from a markdown list in the list's format");
  command->add_option("FILE", options.file, "The list's README ('-' for standard input)")->required();
  command
      ->add_option_function<std::string>(
          "-o,--output", [&options](const std::string& file) { options.output = file; },
          "Write the catalog to FILE (atomically) instead of standard output ('-')")
      ->type_name("FILE");
  command->add_flag("--strict", options.strict,
                    "Fail (status 1, nothing written) when part of the list cannot be imported, or a "
                    "paper has no paper link");
  command->footer(
      "Entries are numbered items under ## or ### headings:\n"
      "  N. <span id = \"ID\">**[NAME]**</span> | **VENUE** | TITLE | [pdf](URL) | [code](URL)\n"
      "A heading maps to a task by its words: referring (res), open-vocabulary (ovss),\n"
      "video (video). A paper listed in several sections becomes one record with all\n"
      "its tasks. An entry without links is still a paper. Everything the importer\n"
      "had to decide is a warning on standard error, with its line (copies of a paper\n"
      "that disagree, an entry that runs on to the next line); what it had to leave\n"
      "out (an entry it cannot read, a section it cannot map) is an error, and the\n"
      "status is 1. With --strict, that or a paper without a paper link makes the\n"
      "import fail and nothing is written.\n"
      "\n"
      "Examples:\n"
      "  mllmseg import README.md -o catalog.json\n"
      "  mllmseg export --format markdown | mllmseg import - | jq '.papers | length'");
  return command;
}

CLI::App* setup_lint(CLI::App& app, LintOptions& options) {
  auto* command = app.add_subcommand("lint", "Find data-quality problems in a catalog or a list");
  command->add_option(
      "FILE", options.file,
      "A catalog (JSON) or a list (markdown); '-' for standard input; default: the catalog in use");
  add_json_flags(*command, options.json, "a JSON array of findings");
  std::string rules = "Rules:\n";
  for (const lint::Rule& rule : lint::rules()) {
    rules += fmt::format("  {:<19}{}\n", rule.name, rule.summary);
  }
  command->footer(rules +
                  "\n"
                  "Each finding is a line: FILE:LINE: RULE: MESSAGE for a list, FILE: KEY: RULE:\n"
                  "MESSAGE for a catalog. Exit status: 0 nothing found, 1 findings, 2 an error.\n"
                  "\n"
                  "Examples:\n"
                  "  mllmseg lint README.md\n"
                  "  mllmseg lint --jq '.[].rule' | sort | uniq -c");
  return command;
}

CLI::App* setup_diff(CLI::App& app, DiffOptions& options) {
  auto* command =
      app.add_subcommand("diff", "Show papers added, removed and changed between two catalogs or lists");
  command->add_option("OLD", options.before, "A catalog (JSON) or a list (markdown); '-' for standard input")
      ->required();
  command->add_option("NEW", options.after, "A catalog (JSON) or a list (markdown)")->required();
  add_json_flags(*command, options.json, "a JSON object");
  command->footer(
      "Papers are matched by arXiv id, else DOI, else paper link, else key; a changed\n"
      "paper lists each field with its old and new value. When either side is a list,\n"
      "only the fields a list gives are compared (not authors, dates, DOIs, abstracts).\n"
      "Exit status: 0 no differences, 1 differences, 2 an error.\n"
      "\n"
      "Examples:\n"
      "  mllmseg diff old/README.md README.md\n"
      "  mllmseg export --format json > before.json; mllmseg diff before.json README.md --json\n"
      "  mllmseg diff old.json new.json --jq '.changed[].key'");
  return command;
}

CLI::App* setup_update(CLI::App& app, UpdateOptions& options) {
  auto* command =
      app.add_subcommand("update", "Fetch the list's README and make it the catalog mllmseg reads");
  command->add_option("--from", options.from, "Read the list from URL (http or https) or FILE instead")
      ->type_name("URL|FILE")
      ->default_str(std::string(k_upstream_readme));
  command->add_option("--timeout", options.timeout, "Give up on the download after this many seconds")
      ->type_name("SECONDS")
      ->check(CLI::Range(1, 600))
      ->default_val(30);
  command->add_option("--max-bytes", options.max_bytes, "Refuse a list larger than this")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
      ->default_val(std::size_t{16} << 20);
  command->add_flag("--dry-run", options.dry_run, "Show what would change; write nothing");
  command->add_flag("--force", options.force,
                    "Accept a list with less than half the papers of the catalog in use, or part of "
                    "which cannot be imported");
  command->footer(
      "The list is imported and linted (findings on standard error), given the curated\n"
      "data of the catalog in use (authors, dates, DOIs, fixes) for papers that match,\n"
      "validated, compared with the catalog in use (the differences on standard\n"
      "output), and written atomically to $XDG_DATA_HOME/mllmseg/catalog.json, the old\n"
      "one kept as catalog.json.bak. mllmseg reads that catalog from then on, after\n"
      "--catalog and $MLLMSEG_CATALOG. On any failure the stored catalog is left as it\n"
      "was and the status is 2.\n"
      "\n"
      "Examples:\n"
      "  mllmseg update\n"
      "  mllmseg update --dry-run --from README.md");
  return command;
}

CLI::App* setup_enrich(CLI::App& app, EnrichOptions& options) {
  auto* command = app.add_subcommand(
      "enrich", "Fill in authors, first submission dates, abstracts and DOIs from the arXiv API");
  command->add_flag("--dry-run", options.dry_run, "Count what would be asked for; ask and write nothing");
  command->add_option("--api", options.api, "The arXiv API endpoint, or a mirror speaking its protocol")
      ->type_name("URL")
      ->default_str(std::string(enrich::k_arxiv_api));
  command->add_option("--timeout", options.timeout, "Give up on a request after this many seconds")
      ->type_name("SECONDS")
      ->check(CLI::Range(1, 600))
      ->default_val(30);
  command->add_option("--batch", options.batch, "arXiv ids per request")
      ->type_name("N")
      ->check(CLI::Range(1, 100))
      ->default_val(20);
  command->footer(
      "Papers of the catalog in use with an arXiv id that lack an abstract, a first\n"
      "submission date, a DOI or authors are looked up by arXiv id, in batches, at\n"
      "most one request every 3 seconds. Only missing fields are filled: a field the\n"
      "catalog has is never overwritten. The result is written atomically to the\n"
      "user catalog ($XDG_DATA_HOME/mllmseg/catalog.json), which mllmseg reads from\n"
      "then on; search counts abstracts, at a fifth of a title's weight.\n"
      "\n"
      "Examples:\n"
      "  mllmseg enrich --dry-run\n"
      "  mllmseg update && mllmseg enrich");
  return command;
}

CLI::App* setup_completions(CLI::App& app, CompletionsOptions& options) {
  auto* command =
      app.add_subcommand("completions", "Print the shell completion script for bash, zsh or fish");
  const std::vector<std::string> shells = {"bash", "zsh", "fish"};
  offers(*command, command->add_option("shell", options.shell, "The shell: bash, zsh or fish"), shells)
      ->type_name("SHELL")
      ->check(CLI::IsMember(shells));
  // What the scripts call for the catalog's keys, venues and tasks.
  command->add_option("--values", options.values)->group("");
  command->footer(
      "Examples:\n"
      "  source <(mllmseg completions bash)\n"
      "  mllmseg completions zsh > \"${fpath[1]}/_mllmseg\"\n"
      "  mllmseg completions fish > ~/.config/fish/completions/mllmseg.fish");
  return command;
}

CLI::App* setup_cache(CLI::App& app, CacheOptions& options) {
  auto* command =
      app.add_subcommand("cache", "List or remove the snapshots that make large catalogs quick to read");
  const std::vector<std::string> actions = {"info", "clear"};
  offers(*command,
         command->add_option("action", options.action,
                             "info: list the snapshots, their catalogs and whether each is current (the "
                             "default); clear: remove them all"),
         actions)
      ->type_name("ACTION")
      ->check(CLI::IsMember(actions));
  add_json_flags(*command, options.json, "a JSON array of snapshots (with info)");
  command->footer(
      "A JSON catalog file of 1 MiB or more is read once: the first command on it also\n"
      "writes a snapshot of its papers and indexes to $XDG_CACHE_HOME/mllmseg\n"
      "(~/.cache/mllmseg), and later commands read the snapshot while the file is\n"
      "unchanged. A changed file, another mllmseg version or a damaged snapshot is\n"
      "noticed and the snapshot made again. Snapshots are safe to remove at any time;\n"
      "--no-cache reads the JSON every time and writes nothing.\n"
      "\n"
      "Examples:\n"
      "  mllmseg cache\n"
      "  mllmseg cache --jq '.[] | select(.state != \"current\") | .path'\n"
      "  mllmseg cache clear");
  return command;
}

CLI::App* setup_manpage(CLI::App& app) {
  return app.add_subcommand("manpage", "Print the man page, generated from the option definitions")
      ->group("");
}

}  // namespace mllmseg::app
