#pragma once
// How list and search print papers: their number with --count, JSON with
// --json or --jq (json_flags.h), a line a paper with --format TEMPLATE, a
// table on a terminal, tab-separated lines in a pipe.

#include <span>
#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "format/highlight.h"
#include "json_flags.h"

namespace mllmseg::app {

struct ResultView {
  std::optional<format::JsonOutput> json;  // --json, --jq
  std::string format;                      // --format TEMPLATE; empty for none
  format::Highlight highlight;             // search's words, marked in the table
  bool count = false;                      // --count: the number of papers and a newline
};

// Adds --format TEMPLATE, which excludes --json and --jq; defined in
// command_line_output.cc, as add_count_flag is.
CLI::Option* add_format_option(CLI::App& command, std::string& format, const JsonOptions& json);

// Adds --count, which excludes --json, --jq and --format.
void add_count_flag(CLI::App& command, bool& count, const JsonOptions& json, CLI::Option* format);

// A bad template throws Failure, even when there is no paper to print.
std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console);

}  // namespace mllmseg::app
