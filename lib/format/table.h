#pragma once
// Result lists: an aligned table for people, tab-separated lines for pipes.

#include <span>
#include <string>

#include "format/highlight.h"
#include "format/style.h"
#include "store/store.h"

namespace mllmseg::format {

// NAME, VENUE, TASKS, CODE and TITLE columns; the title is cut to fit
// style.width. With colour, highlight's words are marked in names and titles.
std::string table(const Store& store, std::span<const DocId> ids, const Style& style,
                  const Highlight& highlight = {});

// One line a paper: key, name, venue, tasks (comma-separated), code URL (empty
// when none) and title, separated by tabs; no header, nothing cut.
std::string tab_separated(const Store& store, std::span<const DocId> ids);

}  // namespace mllmseg::format
