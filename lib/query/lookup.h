#pragma once
// Finding papers by what a person types: a key or short name, in any case
// (unknown or ambiguous names get candidates), or an identifier the paper has
// (query/identifier.h: arXiv id, DOI, pdf or code link), never typo-corrected;
// and several at once, "-" standing for the names on standard input.

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/key.h"
#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

Result<DocId> find_paper(const Store& store, std::string_view wanted);

// A name read from a list of names, with its line number (from 1).
struct NameLine {
  std::size_t line = 0;
  std::string_view name;
};

// The names in text, one a line: of a tab-separated row (search's output in a
// pipe) the first field, trimmed; blank lines and lines starting with '#'
// skipped.
std::vector<NameLine> names_in_lines(std::string_view text);

// The papers of a command line's names, in the order given.
struct NamedPapers {
  std::vector<DocId> ids;           // each paper once, where first named
  std::vector<std::string> errors;  // one per name not found, in order
};

// Finds each of wanted; "-" stands for the names on standard input, which
// read_stdin returns (called at most once; a second "-" is an error). An
// error names the line of standard input it comes from: "<stdin>:3: ...".
NamedPapers find_papers(const Store& store, std::span<const std::string> wanted,
                        const std::function<Result<std::string>()>& read_stdin);

// The largest standard input find_papers_reading_stdin reads.
inline constexpr std::size_t k_max_names_bytes = std::size_t{64} << 20;  // 64 MiB

// find_papers, reading standard input itself; when stdin_is_catalog (--catalog -)
// "-" is an error instead, as standard input is the catalog.
NamedPapers find_papers_reading_stdin(const Store& store, std::span<const std::string> wanted,
                                      bool stdin_is_catalog);

}  // namespace mllmseg
