#pragma once
// Posting lists: sorted arrays of paper ids, and the set operations queries
// combine them with.

#include <cstdint>
#include <span>
#include <vector>

namespace mllmseg {

using DocId = std::uint32_t;
using Postings = std::vector<DocId>;

// Ids in both a and b. Gallops through the longer list, so a short list
// against a long one costs about |short| * log |long|.
Postings intersect(std::span<const DocId> a, std::span<const DocId> b);

// Ids in any of the lists, sorted and without repeats.
Postings unite(const std::vector<std::span<const DocId>>& lists);

}  // namespace mllmseg
