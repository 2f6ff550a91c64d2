#include "query/lookup.h"

#include <fmt/format.h>
#include <algorithm>

#include "util/text.h"

namespace mllmseg {

namespace {

constexpr std::size_t k_max_candidates = 5;

std::string quoted_keys(const Store& store, const std::vector<DocId>& ids) {
  std::vector<std::string> keys;
  for (DocId id : ids) {
    keys.push_back(fmt::format("'{}'", store.paper(id).key));
  }
  return text::join(keys, ", ");
}

}  // namespace

Result<DocId> find_paper(const Store& store, std::string_view wanted) {
  const std::string_view trimmed = text::trim(wanted);
  if (auto id = store.find_key(trimmed)) {
    return *id;
  }
  std::vector<DocId> by_name;
  for (DocId id = 0; id < store.size(); ++id) {
    if (text::iequals(text::trim(store.paper(id).name), trimmed)) {
      by_name.push_back(id);
    }
  }
  if (by_name.size() == 1) {
    return by_name.front();
  }
  if (by_name.size() > 1) {
    return Error{fmt::format("'{}' names {} papers; use a key: {}", wanted, by_name.size(),
                             quoted_keys(store, by_name))};
  }
  if (auto id = store.find_key(slug(trimmed))) {
    return *id;
  }

  // Candidates: keys or names within two edits, or containing what was typed;
  // closest first. One clearly closest candidate is suggested alone.
  const std::string lower = text::to_lower(trimmed);
  std::vector<std::pair<std::size_t, DocId>> ranked;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper& p = store.paper(id);
    const std::size_t distance =
        std::min(text::edit_distance(lower, p.key, 2), text::edit_distance(lower, text::to_lower(p.name), 2));
    const bool contains = !lower.empty() && (p.key.find(lower) != std::string::npos ||
                                             text::to_lower(p.name).find(lower) != std::string::npos);
    if (distance <= 2 || contains) {
      ranked.emplace_back(contains ? std::min<std::size_t>(distance, 2) : distance, id);
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  if (ranked.size() > 1 && ranked[0].first <= 1 && ranked[0].first < ranked[1].first) {
    ranked.resize(1);
  }
  std::vector<DocId> candidates;
  for (std::size_t i = 0; i < ranked.size() && i < k_max_candidates; ++i) {
    candidates.push_back(ranked[i].second);
  }
  if (candidates.empty()) {
    return Error{fmt::format(
        "unknown paper '{}' (see 'mllmseg list' for names and 'mllmseg search' to find one)", wanted)};
  }
  if (candidates.size() == 1) {
    return Error{
        fmt::format("unknown paper '{}'; did you mean '{}'?", wanted, store.paper(candidates.front()).key)};
  }
  return Error{
      fmt::format("unknown paper '{}'; did you mean one of {}?", wanted, quoted_keys(store, candidates))};
}

}  // namespace mllmseg
