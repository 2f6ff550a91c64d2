#include "cmd_search.h"

#include "results.h"

namespace mllmseg::app {

Outcome run_search(const SearchOptions& options, const Store& store, const Console& console) {
  Request request = to_request(options.filters, options.order, store);
  request.words = options.query;
  request.regex = options.regex;
  Answer answer = answer_for(store, request);
  ResultView view{json_output(options.json, "search", console), options.format, answer.highlight,
                  options.count, options.table};
  return results_outcome(store, std::move(answer), std::move(view), console);
}

}  // namespace mllmseg::app
