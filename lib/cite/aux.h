#pragma once
// The citations of a LaTeX run's .aux file, as BibTeX and biber read them:
// BibTeX's \citation{a,b} (\citation{*} for \nocite{*}) and biblatex's
// \abx@aux@cite{KEY} or \abx@aux@cite{SECTION}{KEY}; \@input{chapter.aux},
// which \include writes, is a file to read in place.

#include <string_view>
#include <vector>

#include "cite/mention.h"

namespace mllmseg::cite {

std::vector<Mention> scan_aux(std::string_view text);

}  // namespace mllmseg::cite
