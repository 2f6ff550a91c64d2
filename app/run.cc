#include "run.h"

#include <fmt/format.h>
#include <unistd.h>
#include <csignal>
#include <cstdio>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli_spec.h"
#include "cmd_manpage.h"
#include "command_set.h"
#include "context.h"
#include "help_format.h"
#include "io/output.h"
#include "json_flags.h"
#include "pager.h"
#include "parse_errors.h"
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

// Standard output, written piece by piece: a reader that went away
// (| head -1) is not an error, the output simply ends; a real failure is
// kept, and nothing more written.
class StandardOutput {
 public:
  void write(std::string& text) {
    if (!m_failure && !m_gone) {
      auto written = io::write_all(STDOUT_FILENO, text, "standard output");
      if (!written) {
        m_failure = written.error();
      } else {
        m_gone = *written == io::WriteOutcome::reader_gone;
      }
    }
    text.clear();
  }
  // The command's status, or the failure's.
  int status(int command_status) const { return m_failure ? fail(*m_failure) : command_status; }

 private:
  std::optional<std::string> m_failure;
  bool m_gone = false;
};

// Writes what a command produced, through a pager when page is set and the
// output is long (app/pager.h). A stream (see Outcome) is written as it is
// made, except to a terminal when page is set: the pager needs it whole.
int emit(const Outcome& outcome, bool page = false) {
  if (!outcome.notes.empty()) {
    say(outcome.notes);
  }
  StandardOutput standard_output;
  if (outcome.stream && !(page && ::isatty(STDOUT_FILENO) == 1)) {
    std::string rest = outcome.stream([&](std::string& text) { standard_output.write(text); });
    standard_output.write(rest);
    return standard_output.status(outcome.status);
  }
  std::string made;
  if (outcome.stream) {
    made = outcome.stream({});
  }
  const std::string& out = outcome.stream ? made : outcome.out;
  if (page && show_in_pager(out)) {
    return outcome.status;
  }
  auto written = io::write_all(STDOUT_FILENO, out, "standard output");
  if (!written) {
    return fail(written.error());
  }
  return outcome.status;
}

// mllmseg help [COMMAND]: the main help, or what COMMAND --help prints.
int help_for(const CLI::App& app, const std::string& topic) {
  if (topic.empty()) {
    // app.help() would describe the selected subcommand, help itself.
    return emit({app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal), {}, 0});
  }
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == topic && command->get_name() != "help") {
      return emit({command->help(app.get_name()), {}, 0});
    }
    if (!command->get_group().empty()) {
      names.push_back(command->get_name());
    }
  }
  const std::string problem =
      text::closest(topic, names)
          ? fmt::format("help: unknown command '{}'; did you mean '{}'?", topic, *text::closest(topic, names))
          : fmt::format("help: unknown command '{}' (expected {})", topic, text::join(names, ", "));
  say(fmt::format("mllmseg: error: {}\nRun 'mllmseg --help' for usage.\n", problem));
  return k_error_status;
}

}  // namespace

int run(int argc, char** argv) {
  // A closed pipe must show up as EPIPE from write(), not kill the process.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app(
      "Query the Awesome-MLLM-Segmentation bibliography: papers on segmentation with multimodal LLMs",
      "mllmseg");
  app.formatter(help_formatter());
  app.set_version_flag("--version", "mllmseg " MLLMSEG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions global;
  app.add_option("--catalog", global.catalog,
                 "Read the catalog from FILE ('-' for standard input), JSON or a markdown list; by default "
                 "$MLLMSEG_CATALOG, else the user catalog that update and enrich write "
                 "($XDG_DATA_HOME/mllmseg/catalog.json) when it exists, else the built-in one")
      ->type_name("FILE")
      ->check([](const std::string& value) { return value.empty() ? "empty file name" : ""; });
  const std::vector<std::string> whens = {"auto", "always", "never"};
  offers(app, app.add_option("--color", global.color, "When to colour output: auto, always or never"), whens)
      ->type_name("WHEN")
      ->check(CLI::IsMember(whens));
  app.add_flag(
      "--no-cache", global.no_cache,
      "Read a large catalog file from its JSON every time, neither reading nor writing its snapshot in "
      "the cache ($XDG_CACHE_HOME/mllmseg; see 'mllmseg cache')");
  bool no_pager = false;
  app.add_flag("--no-pager", no_pager, "Never send long output to a pager ($MLLMSEG_PAGER, $PAGER, less)");
  app.footer(
      "Examples:\n"
      "  mllmseg list --task video --venue \"NeurIPS'24\"\n"
      "  mllmseg search sam2\n"
      "  mllmseg show lisa\n"
      "  mllmseg export --format bibtex --has-code -o mllm-seg.bib\n"
      "  mllmseg cite paper.tex -o refs.bib\n"
      "  mllmseg list --json key,title\n"
      "  mllmseg list --jq '.[].key'\n"
      "\n"
      "Exit status: 0 papers found, 1 none found, 2 an error.\n"
      "Run 'mllmseg COMMAND --help' or 'mllmseg help COMMAND' for a command's options.");

  CommandSet commands;
  const int word = first_word(app, argc, argv);
  define_commands(app, commands, word > 0 ? argv[word] : "");

  if (argc <= 1) {
    return emit({app.help(), {}, 0});
  }

  if (auto unknown = unknown_command(app, argc, argv)) {
    say(*unknown);
    return k_error_status;
  }
  // CLI11 cannot tell `search --json key,title` from `search --json sam2`:
  // FIELDS is taken out of the arguments first (json_flags.h).
  std::vector<std::string> args(argv, argv + argc);
  if (const int at = command_index(app, argc, argv); at > 0 && !json_fields_of(argv[at]).empty()) {
    const auto fields = take_json_fields(args, static_cast<std::size_t>(at) + 1, json_fields_of(argv[at]));
    for (JsonFlags* flags : {&commands.list.json, &commands.search.json, &commands.related.json,
                             &commands.show.json, &commands.stats.json, &commands.info.json,
                             &commands.lint.json, &commands.diff.json, &commands.cache.json}) {
      flags->fields = fields;
    }
  }
  std::vector<char*> arg_pointers;
  for (std::string& arg : args) {
    arg_pointers.push_back(arg.data());
  }
  argc = static_cast<int>(arg_pointers.size());
  argv = arg_pointers.data();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return emit({app.help(), {}, 0});
  } catch (const CLI::CallForAllHelp&) {
    return emit({app.help("", CLI::AppFormatMode::All), {}, 0});
  } catch (const CLI::CallForVersion& e) {
    return emit({fmt::format("{}\n", e.what()), {}, 0});
  } catch (const CLI::ParseError& e) {
    say(parse_error_message(app, e, argc, argv));
    return k_error_status;
  }

  if (parsed(commands.help_cmd)) {
    return help_for(app, commands.help_topic);
  }
  try {
    const Console console = detect_console(global);
    // These read and write catalogs themselves rather than query one.
    if (parsed(commands.info_cmd)) {
      return emit(run_info(commands.info, global, console));
    }
    if (parsed(commands.enrich_cmd)) {
      return emit(run_enrich(commands.enrich, global));
    }
    if (parsed(commands.import_cmd)) {
      return emit(run_import(commands.import));
    }
    if (parsed(commands.lint_cmd)) {
      return emit(run_lint(commands.lint, global, console));
    }
    if (parsed(commands.diff_cmd)) {
      return emit(run_diff(commands.diff, console));
    }
    if (parsed(commands.update_cmd)) {
      return emit(run_update(commands.update, global));
    }
    if (parsed(commands.cache_cmd)) {
      return emit(run_cache(commands.cache, console));
    }
    // These describe the command line; only --values reads the catalog.
    if (parsed(commands.completions_cmd)) {
      return emit(run_completions(commands.completions, describe(app), global));
    }
    if (parsed(commands.manpage_cmd)) {
      return emit(run_manpage(describe(app)));
    }
    const auto store = load_store(global);
    const bool page = !no_pager;
    if (parsed(commands.list_cmd)) {
      return emit(run_list(commands.list, *store, console), page);
    }
    if (parsed(commands.search_cmd)) {
      return emit(run_search(commands.search, *store, console), page);
    }
    if (parsed(commands.related_cmd)) {
      return emit(run_related(commands.related, *store, console), page);
    }
    if (parsed(commands.show_cmd)) {
      return emit(run_show(commands.show, *store, console), page);
    }
    if (parsed(commands.export_cmd)) {
      return emit(run_export(commands.exporting, *store), page);
    }
    if (parsed(commands.cite_cmd)) {
      return emit(run_cite(commands.cite, *store), page);
    }
    if (parsed(commands.stats_cmd)) {
      return emit(run_stats(commands.stats, *store, console), page);
    }
    if (parsed(commands.open_cmd)) {
      return emit(run_open(commands.open, *store));
    }
    if (parsed(commands.pick_cmd)) {
      return emit(run_pick(commands.pick, *store, global));
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
