#pragma once
// The list's entries made into papers: one record per paper however many
// sections list it, matched by arXiv id, else DOI, else link. Where copies
// disagree the record takes, deterministically, the first copy's value (a
// published venue over a preprint's, a code link over none), and each
// disagreement is reported. Keys stay unique when two papers share a name.
// A code cell's link that is no repository (a project page) becomes the
// paper's project, and the paper has no code.

#include <optional>
#include <string>
#include <vector>

#include "catalog/paper.h"
#include "importer/diagnostic.h"
#include "importer/list_parser.h"

namespace mllmseg::importer {

// Papers in order of first appearance, section by section in the order of
// sections. Numbers the imported entries of each task 1, 2, ... (as the
// list displays them, whatever numbers it writes), keeps one entry per paper
// and section (reporting a repeat), and sets each entry's key and the key of
// every diagnostic about an imported entry's line.
std::vector<Paper> merge_entries(std::vector<ListEntry>& entries, const std::vector<Section>& sections,
                                 std::vector<Diagnostic>& diagnostics);

// The link of a code cell as p's code when it is a repository, else as its
// project page (p then has no code); none clears both.
void set_code_cell(Paper& p, const std::optional<std::string>& link);

}  // namespace mllmseg::importer
