#pragma once
// Every command's options and CLI11 definition. A command line that names one
// command (list, search ...) gets that one defined alone: defining the
// options of all nineteen was most of a start on the built-in catalog
// (docs/performance.md). Help, the completions, the man page, an unknown
// word or none get them all.

#include <string>
#include <string_view>

#include "cli_fwd.h"
#include "cmd_cache.h"
#include "cmd_cite.h"
#include "cmd_completions.h"
#include "cmd_diff.h"
#include "cmd_enrich.h"
#include "cmd_export.h"
#include "cmd_import.h"
#include "cmd_info.h"
#include "cmd_lint.h"
#include "cmd_list.h"
#include "cmd_open.h"
#include "cmd_pick.h"
#include "cmd_related.h"
#include "cmd_search.h"
#include "cmd_show.h"
#include "cmd_stats.h"
#include "cmd_update.h"

namespace mllmseg::app {

struct CommandSet {
  ListOptions list;
  SearchOptions search;
  RelatedOptions related;
  ShowOptions show;
  ExportOptions exporting;
  CiteOptions cite;
  InfoOptions info;
  EnrichOptions enrich;
  StatsOptions stats;
  OpenOptions open;
  PickOptions pick;
  CompletionsOptions completions;
  ImportOptions import;
  LintOptions lint;
  DiffOptions diff;
  UpdateOptions update;
  CacheOptions cache;
  std::string help_topic;
  // Each command's definition; nullptr for one left undefined.
  CLI::App* list_cmd = nullptr;
  CLI::App* search_cmd = nullptr;
  CLI::App* related_cmd = nullptr;
  CLI::App* show_cmd = nullptr;
  CLI::App* export_cmd = nullptr;
  CLI::App* cite_cmd = nullptr;
  CLI::App* info_cmd = nullptr;
  CLI::App* enrich_cmd = nullptr;
  CLI::App* stats_cmd = nullptr;
  CLI::App* open_cmd = nullptr;
  CLI::App* pick_cmd = nullptr;
  CLI::App* completions_cmd = nullptr;
  CLI::App* manpage_cmd = nullptr;
  CLI::App* import_cmd = nullptr;
  CLI::App* lint_cmd = nullptr;
  CLI::App* diff_cmd = nullptr;
  CLI::App* update_cmd = nullptr;
  CLI::App* cache_cmd = nullptr;
  CLI::App* help_cmd = nullptr;
};

// Defines in app, whose top-level options are defined, the command word
// names alone when it names one that describes no other, else every command,
// in the order help lists them. word is the first argument that is neither a
// top-level option nor its value ("" for none).
void define_commands(CLI::App& app, CommandSet& set, std::string_view word);

// Whether command is defined and was the one parsed.
bool parsed(const CLI::App* command);

}  // namespace mllmseg::app
