#pragma once
// How list and search print papers: their number with --count, JSON with --json (indented on a terminal,
// compact in a pipe), a line a paper with --format TEMPLATE, a table on a
// terminal or with --table, tab-separated lines in a pipe.

#include <initializer_list>
#include <span>
#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "format/highlight.h"

namespace mllmseg::app {

struct ResultView {
  bool json = false;
  std::string format;           // --format TEMPLATE; empty for none
  format::Highlight highlight;  // search's words, marked in the table
  bool count = false;           // --count: the number of papers and a newline
  bool table = false;           // --table: the table in a pipe too
};

// Adds --table, which excludes --json, --format and --count.
void add_table_flag(CLI::App& command, bool& table, std::initializer_list<CLI::Option*> excluded);

// Adds --format TEMPLATE, which excludes --json.
CLI::Option* add_format_option(CLI::App& command, std::string& format, CLI::Option* json);

// Adds --count, which excludes --json and --format.
CLI::Option* add_count_flag(CLI::App& command, bool& count, CLI::Option* json, CLI::Option* format);

// A bad template throws Failure, even when there is no paper to print.
std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console);

}  // namespace mllmseg::app
