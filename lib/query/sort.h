#pragma once
// Result orders: the list's own, by year, venue, name, the day a paper joined
// the list, or search relevance.

#include <span>
#include <string_view>
#include <vector>

#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

enum class SortKey { list, year, venue, name, listed, relevance };

// Every sort key's name, in the order help texts list them; relevance, last,
// applies to search only. Parsing, help, man page and completions read it.
std::span<const std::string_view> sort_key_names();

// "list", "year", "venue", "name", "listed", "relevance".
Result<SortKey> parse_sort_key(std::string_view value);

// Reorders ids by key, ties kept in their current order; relevance keeps the
// order as it is. reverse turns the final order around.
void sort_ids(const Store& store, std::vector<DocId>& ids, SortKey key, bool reverse);

}  // namespace mllmseg
