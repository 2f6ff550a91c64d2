#pragma once
// Result lists: an aligned table for people, tab-separated lines for pipes.

#include <span>
#include <string>

#include "format/flush.h"
#include "format/highlight.h"
#include "format/style.h"
#include "store/store.h"

namespace mllmseg::format {

// NAME, AUTHORS, VENUE, TASKS, CODE and TITLE columns, fitted to style.width
// from 40 columns up: the title is cut, and when it would get too little room
// AUTHORS, TASKS and CODE go, in that order, then NAME is cut. With colour,
// highlight's words are marked in names and titles.
std::string table(const Store& store, std::span<const DocId> ids, const Style& style,
                  const Highlight& highlight = {});

// One line a paper: key, name, venue, tasks (comma-separated), code URL (empty
// when none) and title, separated by tabs; no header, nothing cut. With
// colour (--color always, CLICOLOR_FORCE), highlight's words are marked in
// names and titles, as in the table.
// With flush, the lines are handed to it as they are made (format/flush.h).
std::string tab_separated(const Store& store, std::span<const DocId> ids, const Style& style = {},
                          const Highlight& highlight = {}, const Flush& flush = {});

}  // namespace mllmseg::format
