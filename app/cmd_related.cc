#include "cmd_related.h"

#include <fmt/format.h>

#include "format/related.h"
#include "query/lookup.h"
#include "query/related.h"
#include "results.h"

namespace mllmseg::app {

Outcome run_related(const RelatedOptions& options, const Store& store, const Console& console) {
  const auto limit = parse_limit(options.limit);
  if (!limit) {
    throw Failure(fmt::format("--limit: {}", limit.error()));
  }
  const auto id = find_paper(store, options.paper);
  if (!id) {
    throw Failure(id.error());
  }
  // The papers the filters pass, every paper without filters.
  const Answer candidates = answer_for(store, to_request(options.filters, store));
  const std::vector<RelatedPaper> papers = related(store, *id, candidates.ids, *limit);
  Outcome outcome;
  outcome.notes = answer_notes(candidates);
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
