#pragma once
// The citations of documents, read from their files: a file's name says how
// to read it (.tex, .ltx, .latex: LaTeX; .aux: an .aux file; .md, .markdown,
// .qmd, .rmd: pandoc Markdown), and the files it reads in place (\input,
// \include, \@input) are read at that point, their names taken relative to
// the file that names them, with ".tex" added when LaTeX would add it.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::cite {

enum class DocumentKind { latex, aux, markdown };

// The kind of document a file name says, if any.
std::optional<DocumentKind> document_kind(std::string_view path);

// One citation of a key, where it is.
struct Citation {
  std::string key;
  std::string file;
  std::size_t line = 0;

  bool operator==(const Citation&) const = default;
};

struct DocumentCitations {
  std::vector<Citation> citations;  // in the order of the text, files read in place included
  std::vector<std::string> errors;  // "paper.tex:3: cannot read ...", one per file that could not be read
};

// The largest document file read.
inline constexpr std::size_t k_max_document_bytes = std::size_t{64} << 20;  // 64 MiB

DocumentCitations read_citations(std::span<const std::string> paths);

}  // namespace mllmseg::cite
