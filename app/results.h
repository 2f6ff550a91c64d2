#pragma once
// How list and search print papers: their number with --count, JSON with
// --json or --jq (json_flags.h), a line a paper with --format TEMPLATE, a
// table on a terminal or with --table, tab-separated lines in a pipe; and the
// notes of a request's answer, which list, search, export, stats and pick
// print.

#include <initializer_list>
#include <span>
#include <string>

#include "cli_fwd.h"
#include "context.h"
#include "format/highlight.h"
#include "json_flags.h"
#include "query/request.h"

namespace mllmseg::app {

struct ResultView {
  std::optional<format::JsonOutput> json;  // --json, --jq
  std::string format;                      // --format TEMPLATE; empty for none
  format::Highlight highlight;             // search's words, marked in the table
  bool count = false;                      // --count: the number of papers and a newline
  bool table = false;                      // --table: the table in a pipe too
};

// Adds --format TEMPLATE, which excludes --json and --jq; defined in
// command_line_output.cc, as add_count_flag and add_table_flag are.
CLI::Option* add_format_option(CLI::App& command, std::string& format, const JsonOptions& json);

// Adds --count, which excludes --json, --jq and --format.
CLI::Option* add_count_flag(CLI::App& command, bool& count, const JsonOptions& json, CLI::Option* format);

// Adds --table, which excludes the options given (--json, --jq, --format, --count).
void add_table_flag(CLI::App& command, bool& table, std::initializer_list<CLI::Option*> excluded);

// A bad template throws Failure, even when there is no paper to print.
// With flush, JSON without --jq, --format and tab-separated lines are
// handed to it as they are made (format/flush.h).
std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console, const format::Flush& flush = {});

// The outcome of list or search: the answer's notes and status, and its
// papers written by a stream (see Outcome) as render_results writes them.
Outcome results_outcome(const Store& store, Answer answer, ResultView view, const Console& console);

// The request's answer; an error throws Failure.
Answer answer_for(const Store& store, const Request& request);

// The notes of an answer ("mllmseg: note: ...\n" each), else "": papers a
// condition could not look at, as they have no authors or no listed date, a
// hint for a given name, venues without papers; identifiers no paper has,
// words corrected, words that matched nothing.
std::string answer_notes(const Answer& answer);

}  // namespace mllmseg::app
