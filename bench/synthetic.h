#pragma once
// Synthetic catalogs for benchmarks: any number of papers with names, titles,
// venues, years, tasks, links and authors drawn from fixed vocabularies by a
// seeded generator, so that the same (size, seed) always gives the same bytes.

#include <cstddef>
#include <cstdint>

#include "catalog/paper.h"

namespace mllmseg::bench {

Catalog make_catalog(std::size_t papers, std::uint64_t seed);

}  // namespace mllmseg::bench
