#include "cmd_related.h"

#include <fmt/format.h>
#include <charconv>

#include "format/related.h"
#include "query/lookup.h"
#include "query/related.h"

namespace mllmseg::app {

namespace {

std::size_t parse_limit(const std::string& value) {
  std::size_t limit = 0;
  const char* end = value.data() + value.size();
  const auto parsed = std::from_chars(value.data(), end, limit);
  if (parsed.ec != std::errc() || parsed.ptr != end || limit == 0) {
    throw Failure(fmt::format("--limit: expected a whole number above 0, found '{}'", value));
  }
  return limit;
}

}  // namespace

Outcome run_related(const RelatedOptions& options, const Store& store, const Console& console) {
  const std::size_t limit = parse_limit(options.limit);
  const auto id = find_paper(store, options.paper);
  if (!id) {
    throw Failure(id.error());
  }
  std::optional<Postings> candidates;
  const Filter filter = to_filter(options.filters, store);
  if (!filter.empty()) {
    candidates = select(store, filter).take();
  }
  const std::vector<RelatedPaper> papers = related(store, *id, candidates, limit);
  Outcome outcome;
  outcome.notes = unchecked_notes(store, filter);
  if (auto json = json_output(options.json, "related", console)) {
    outcome.out = json_text(format::render_json(format::related_json(store, *id, papers), *json));
  } else if (console.stdout_is_terminal) {
    outcome.out = format::related_table(store, *id, papers, console.style);
  } else {
    outcome.out = format::related_tab_separated(store, *id, papers);
  }
  outcome.status = status_for(papers.size());
  return outcome;
}

}  // namespace mllmseg::app
