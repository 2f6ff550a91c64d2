#pragma once
// How list and search print papers: JSON with --json (indented on a terminal,
// compact in a pipe), a table on a terminal, tab-separated lines in a pipe.

#include <span>
#include <string>

#include "context.h"

namespace mllmseg::app {

std::string render_results(const Store& store, std::span<const DocId> ids, bool json, const Console& console);

}  // namespace mllmseg::app
