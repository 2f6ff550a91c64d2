#pragma once
// Counts of papers by year, venue series, task and code availability: what
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
  std::vector<Count> by_year;    // oldest first, years with papers only
  std::vector<Count> by_venue;   // series, most papers first, ties in the catalog's order
  std::vector<Count> by_task;    // res, ovss, video, always all three; a paper counts once per task
  std::vector<Count> by_code;    // "with code", "without code", always both
  std::vector<Count> by_author;  // the most frequent authors, at most k_top_authors, most papers first
};

inline constexpr std::size_t k_top_authors = 10;

Stats count_papers(const Store& store, std::span<const DocId> ids);

}  // namespace mllmseg
