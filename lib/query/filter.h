#pragma once
// The filters of list, search, export: task, venue, year and code
// availability. Values of one kind OR together; different kinds AND.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/task.h"
#include "query/selection.h"
#include "store/store.h"
#include "util/date.h"
#include "util/result.h"

namespace mllmseg {

struct YearRange {
  int lo = 0;
  int hi = 0;
};

struct VenueFilter {
  std::string series;
  std::optional<int> year;
  std::optional<int> month;
};

struct Filter {
  TaskSet tasks = 0;  // 0: any task
  std::vector<VenueFilter> venues;
  std::vector<YearRange> years;
  std::optional<bool> has_code;
  std::vector<AuthorQuery> authors;  // each --author value
  std::vector<date::Range> listed;   // days the paper joined the list

  bool empty() const {
    return tasks == 0 && venues.empty() && years.empty() && !has_code && authors.empty() && listed.empty();
  }
};

// "2024", "2024..2025", "2025..", "..2024".
Result<YearRange> parse_year_range(std::string_view value);

// "NeurIPS", "NeurIPS'24", "NeurIPS 2024", "neurips24", "ICLR2025", "arxiv",
// "ArXiv'2403". A series the store does not know is an error with a
// suggestion.
Result<VenueFilter> parse_venue_filter(std::string_view value, const Store& store);

// An --author value: a family name, a full name or a prefix ("jia",
// "Jiaya Jia", "jia*"; see AuthorQuery).
Result<AuthorQuery> parse_author_filter(std::string_view value);

// "yes"/"no" and their usual spellings.
Result<bool> parse_yes_no(std::string_view value);

// Papers a condition could not look at: when the filters name authors, how
// many papers pass all their other conditions (each filter's, as a search
// ANDs its flags and its field terms) but have no author list; the same for
// listed dates.
// given_names: the one-word author queries that are no author's family
// name but start a given name (--author jiaya), for a hint.
// absent_venues: the venues of the field asked for that have no paper in the
// catalog (--venue AAAI), which are no typing error.
struct Unchecked {
  std::size_t without_authors = 0;
  std::size_t without_listed = 0;
  std::vector<std::string> given_names;
  std::vector<std::string> absent_venues;  // venues of the field with no paper in the catalog
};
Unchecked unchecked(const Store& store, std::span<const Filter> filters);
inline std::size_t without_authors(const Store& store, const Filter& filter) {
  return unchecked(store, std::span<const Filter>(&filter, 1)).without_authors;
}

// The ids that pass filter, in list order: a view of an index list when one
// list answers the filter, computed ids otherwise.
Selection select(const Store& store, const Filter& filter);

}  // namespace mllmseg
