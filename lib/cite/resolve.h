#pragma once
// Which paper of the catalog each key a document cites names: a citation key
// of either scheme (format/citekey.h: "lisa2024", "lai2024lisa") or of
// earlier versions ("visionllm-v22024"), else anything find_paper takes (a
// catalog key, a short name, an arXiv id, a DOI, a link). Each key becomes
// an entry under that very key, in the order of first citation; keys of
// other bibliographies can be left alone.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cite/document.h"
#include "format/bibliography.h"
#include "format/citekey.h"
#include "store/store.h"

namespace mllmseg::cite {

struct ResolveOptions {
  // The scheme of the keys \nocite{*} (every paper) is written under, and
  // whose keys "did you mean" suggests first.
  format::KeyFormat key_format = format::KeyFormat::catalog;
  // Keys of other bibliographies, passed over in silence: shell patterns
  // (* ? [...]) matched against the whole key.
  std::vector<std::string> ignore{};
  // Keys another .bib defines (cite --update's), compared in any case: a
  // key among them that names no paper is that file's, not an error.
  std::vector<std::string> defined{};
  // Whether keys are written as BibTeX keys, which cannot hold white space,
  // a comma or a brace (pandoc's @{any key} can): such a key is unresolved.
  bool bibtex_keys = false;
};

struct Resolution {
  std::vector<format::BibItem> items;   // one a key, in the order of first citation
  std::vector<std::string> unresolved;  // "paper.tex:12: unknown paper 'x'; did you mean 'y'?", a key once
  std::vector<std::string> aliases;     // "paper.tex:30: 'b' cites the same paper as 'a' (paper.tex:5)"
  std::size_t citations = 0;            // of any key
  std::size_t ignored = 0;              // distinct keys left to other bibliographies (--ignore, defined)
};

Resolution resolve_citations(const Store& store, std::span<const Citation> citations,
                             const ResolveOptions& options);

// items with the keys of one paper made one item, under the key cited
// first, the later ones its aliases (biblatex's ids field).
std::vector<format::BibItem> merge_aliases(std::span<const format::BibItem> items);

// Whether key is matched by the shell pattern (fnmatch(3), no flags).
bool matches_glob(std::string_view pattern, std::string_view key);

}  // namespace mllmseg::cite
