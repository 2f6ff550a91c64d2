#pragma once
// The citations of a LaTeX source: \cite and the commands of natbib
// (\citep, \citet, \citealt, \citeauthor, \citeyear ...) and biblatex
// (\autocite, \textcite, \parencite, \footcite, \smartcite, \fullcite, the
// capitalised forms, and the multicite \cites, \parencites ...), \nocite;
// with a star, optional arguments ([see][p.~3], biblatex's (pre)(post)), and
// several keys in one command, split at commas. Comments (%), \iffalse ...
// \fi, and verbatim environments and \verb are skipped; a key holding '#'
// (a macro's argument in \newcommand) is not a key. \input, \include,
// \subfile, \import and \subimport are reported as files to read in place.

#include <string_view>
#include <vector>

#include "cite/mention.h"

namespace mllmseg::cite {

std::vector<Mention> scan_latex(std::string_view text);

// Whether \name is a citation command, and one taking several key groups
// (\cites{a}{b}).
bool is_cite_command(std::string_view name);
bool is_multicite_command(std::string_view name);

}  // namespace mllmseg::cite
