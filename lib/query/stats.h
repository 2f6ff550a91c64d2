#pragma once
// Counts of papers by year, venue series, task, code availability, author
// and the month they joined the list: what
// `mllmseg stats` draws. Counting only; format/stats.h renders the result.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "store/store.h"

namespace mllmseg {

struct Count {
  std::string label;
  std::size_t papers = 0;
};

struct Stats {
  std::size_t papers = 0;
  std::vector<Count> by_year;       // oldest first, years with papers only
  std::vector<Count> by_venue;      // series, most papers first, ties in the catalog's order
  std::vector<Count> by_task;       // res, ovss, video, always all three; a paper counts once per task
  std::vector<Count> by_code;       // "with code", "without code", always both
  std::vector<Count> by_author;     // the most frequent authors, at most k_top_authors, most papers first
  std::vector<Count> by_listed;     // "YYYY-MM", first to last month with a paper, empty months included
  std::size_t without_authors = 0;  // papers by_author could not look at
  std::size_t without_listed = 0;   // papers by_listed could not place
};

inline constexpr std::size_t k_top_authors = 10;

Stats count_papers(const Store& store, std::span<const DocId> ids);

}  // namespace mllmseg
