#include "cmd_list.h"

#include <fmt/format.h>

#include "results.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

// Relevance ranks search's matches; list has no words to rank by.
void refuse_relevance(const OrderFlags& order) {
  if (text::to_lower(order.sort) != "relevance") {
    return;
  }
  std::vector<std::string> keys;
  for (std::string_view key : sort_key_names()) {
    if (key != "relevance") {
      keys.emplace_back(key);
    }
  }
  const std::string last = keys.back();
  keys.pop_back();
  throw Failure(fmt::format("--sort: 'relevance' orders search results; list orders by {} or {}",
                            text::join(keys, ", "), last));
}

}  // namespace

Outcome run_list(const ListOptions& options, const Store& store, const Console& console) {
  refuse_relevance(options.order);
  Answer answer = answer_for(store, to_request(options.filters, options.order, store));
  ResultView view{
      json_output(options.json, "list", console), options.format, {}, options.count, options.table};
  return results_outcome(store, std::move(answer), std::move(view), console);
}

}  // namespace mllmseg::app
