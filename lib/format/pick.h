#pragma once
// The lines `mllmseg pick` gives fzf, one a paper: key, name, venue, tasks,
// title and authors (short form), tab-separated, the key first (as
// term/picker.h reads it back), the other fields padded to their columns.

#include <span>
#include <string>

#include "store/store.h"

namespace mllmseg::format {

// Columns wider than this are not padded to: a long name breaks the line's
// alignment rather than push every title to the right.
inline constexpr std::size_t k_pick_column_cap = 20;

// Fields hold no tab, line break or control character (text::one_line).
std::string pick_lines(const Store& store, std::span<const DocId> ids);

}  // namespace mllmseg::format
