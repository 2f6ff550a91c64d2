#include "run.h"

#include <fmt/format.h>
#include <unistd.h>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli_spec.h"
#include "cmd_cite.h"
#include "cmd_completions.h"
#include "cmd_diff.h"
#include "cmd_enrich.h"
#include "cmd_export.h"
#include "cmd_import.h"
#include "cmd_info.h"
#include "cmd_lint.h"
#include "cmd_list.h"
#include "cmd_manpage.h"
#include "cmd_open.h"
#include "cmd_related.h"
#include "cmd_search.h"
#include "cmd_show.h"
#include "cmd_stats.h"
#include "cmd_update.h"
#include "context.h"
#include "io/output.h"
#include "pager.h"
#include "util/message.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

constexpr int k_error_status = 2;

// Writes to standard error, which may be closed, full or a pipe nobody
// reads: the message is then lost, never the status.
// Every line is made safe for a terminal first (util/message.h).
void say(std::string_view message) {
  (void)io::write_all(STDERR_FILENO, text::for_terminal(message), "standard error");
}

int fail(std::string_view message) {
  say(fmt::format("mllmseg: error: {}\n", message));
  return k_error_status;
}

// Writes what a command produced, through a pager when page is set and the
// output is long (app/pager.h). A reader that went away (| head -1) is not an
// error: the output simply ends, with the command's own status.
int emit(const Outcome& outcome, bool page = false) {
  if (!outcome.notes.empty()) {
    say(outcome.notes);
  }
  if (page && show_in_pager(outcome.out)) {
    return outcome.status;
  }
  auto written = io::write_all(STDOUT_FILENO, outcome.out, "standard output");
  if (!written) {
    return fail(written.error());
  }
  return outcome.status;
}

// CLI11 reports a mistyped command as "A subcommand is required"; name it
// instead, with a suggestion.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;   // suggested
  std::vector<std::string> hidden;  // accepted, never suggested (manpage)
  for (const CLI::App* command : app.get_subcommands({})) {
    (command->get_group().empty() ? hidden : names).push_back(command->get_name());
  }
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--catalog" || arg == "--color") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      continue;
    }
    if (std::find(names.begin(), names.end(), arg) != names.end() ||
        std::find(hidden.begin(), hidden.end(), arg) != hidden.end()) {
      return std::nullopt;
    }
    if (auto guess = text::closest(arg, names)) {
      return fmt::format("unknown command '{}'; did you mean '{}'?", arg, *guess);
    }
    return fmt::format("unknown command '{}' (expected {})", arg, text::join(names, ", "));
  }
  return std::nullopt;
}

}  // namespace

int run(int argc, char** argv) {
  // A closed pipe must show up as EPIPE from write(), not kill the process.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app(
      "Query the Awesome-MLLM-Segmentation bibliography: papers on segmentation with multimodal LLMs",
      "mllmseg");
  app.set_version_flag("--version", "mllmseg " MLLMSEG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions global;
  app.add_option("--catalog", global.catalog,
                 "Read the catalog from FILE ('-' for standard input) instead of $MLLMSEG_CATALOG or the "
                 "embedded one")
      ->type_name("FILE")
      ->check([](const std::string& value) { return value.empty() ? "empty file name" : ""; });
  app.add_option("--color", global.color, "When to colour output: auto, always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  bool no_pager = false;
  app.add_flag("--no-pager", no_pager, "Never send long output to a pager ($MLLMSEG_PAGER, $PAGER, less)");
  app.footer(
      "Examples:\n"
      "  mllmseg list --task video --venue \"NeurIPS'24\"\n"
      "  mllmseg search sam2\n"
      "  mllmseg show lisa\n"
      "  mllmseg export --format bibtex --has-code -o mllm-seg.bib\n"
      "  mllmseg cite paper.tex -o refs.bib\n"
      "  mllmseg list --json | jq -r '.[].key'\n"
      "\n"
      "Exit status: 0 papers found, 1 none found, 2 an error.\n"
      "Run 'mllmseg COMMAND --help' for a command's options.");

  ListOptions list;
  SearchOptions search;
  ShowOptions show;
  ExportOptions exporting;
  CLI::App* list_cmd = setup_list(app, list);
  CLI::App* search_cmd = setup_search(app, search);
  RelatedOptions relating;
  CLI::App* related_cmd = setup_related(app, relating);
  CLI::App* show_cmd = setup_show(app, show);
  CLI::App* export_cmd = setup_export(app, exporting);
  CiteOptions citing;
  CLI::App* cite_cmd = setup_cite(app, citing);
  InfoOptions info;
  EnrichOptions enriching;
  CLI::App* info_cmd = setup_info(app, info);
  CLI::App* enrich_cmd = setup_enrich(app, enriching);
  StatsOptions stats;
  OpenOptions opening;
  CompletionsOptions completions;
  CLI::App* stats_cmd = setup_stats(app, stats);
  CLI::App* open_cmd = setup_open(app, opening);
  CLI::App* completions_cmd = setup_completions(app, completions);
  CLI::App* manpage_cmd = setup_manpage(app);
  ImportOptions importing;
  LintOptions linting;
  DiffOptions diffing;
  UpdateOptions updating;
  CLI::App* import_cmd = setup_import(app, importing);
  CLI::App* lint_cmd = setup_lint(app, linting);
  CLI::App* diff_cmd = setup_diff(app, diffing);
  CLI::App* update_cmd = setup_update(app, updating);

  if (auto unknown = unknown_command(app, argc, argv)) {
    say(fmt::format("mllmseg: error: {}\nRun 'mllmseg --help' for usage.\n", *unknown));
    return k_error_status;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return emit({app.help(), {}, 0});
  } catch (const CLI::CallForAllHelp&) {
    return emit({app.help("", CLI::AppFormatMode::All), {}, 0});
  } catch (const CLI::CallForVersion& e) {
    return emit({fmt::format("{}\n", e.what()), {}, 0});
  } catch (const CLI::ParseError& e) {
    say(fmt::format("mllmseg: error: {}\nRun 'mllmseg --help' for usage.\n", e.what()));
    return k_error_status;
  }

  try {
    const Console console = detect_console(global);
    // These read and write catalogs themselves rather than query one.
    if (info_cmd->parsed()) {
      return emit(run_info(info, global));
    }
    if (enrich_cmd->parsed()) {
      return emit(run_enrich(enriching, global));
    }
    if (import_cmd->parsed()) {
      return emit(run_import(importing));
    }
    if (lint_cmd->parsed()) {
      return emit(run_lint(linting, global));
    }
    if (diff_cmd->parsed()) {
      return emit(run_diff(diffing));
    }
    if (update_cmd->parsed()) {
      return emit(run_update(updating, global));
    }
    // These describe the command line; only --values reads the catalog.
    if (completions_cmd->parsed()) {
      return emit(run_completions(completions, describe(app), global));
    }
    if (manpage_cmd->parsed()) {
      return emit(run_manpage(describe(app)));
    }
    const auto store = load_store(global);
    const bool page = !no_pager;
    if (list_cmd->parsed()) {
      return emit(run_list(list, *store, console), page);
    }
    if (search_cmd->parsed()) {
      return emit(run_search(search, *store, console), page);
    }
    if (related_cmd->parsed()) {
      return emit(run_related(relating, *store, console), page);
    }
    if (show_cmd->parsed()) {
      return emit(run_show(show, *store, console), page);
    }
    if (export_cmd->parsed()) {
      return emit(run_export(exporting, *store), page);
    }
    if (cite_cmd->parsed()) {
      return emit(run_cite(citing, *store), page);
    }
    if (stats_cmd->parsed()) {
      return emit(run_stats(stats, *store, console), page);
    }
    if (open_cmd->parsed()) {
      return emit(run_open(opening, *store));
    }
    return fail("no command given");
  } catch (const Failure& e) {
    return fail(e.what());
  } catch (const std::bad_alloc&) {
    return fail("out of memory");
  } catch (const std::exception& e) {
    return fail(fmt::format("internal error: {}", e.what()));
  }
}

}  // namespace mllmseg::app
