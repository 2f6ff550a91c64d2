#pragma once
// cite --update: an existing .bib file rewritten with the entries a document
// cites. An entry of the file under a key cite writes (compared in any case,
// as BibTeX does) is replaced when it is the same paper: it holds the
// paper's arXiv id, DOI, link or title; else it is the user's own and kept.
// Entries cite writes that the file lacks are added at its end, in order.
// Every other byte of the file (other entries, @string, @comment, text
// between entries) stays as it was.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg::cite {

// An entry of a .bib file: text[begin, end) is "@type{key, ... }".
struct BibEntrySpan {
  std::string key;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t line = 0;
};

// The keyed entries of a .bib file (@string, @preamble and @comment have no
// key and are not listed); an error naming file and line when an entry never
// ends, as the file could not be rewritten without losing part of it.
Result<std::vector<BibEntrySpan>> scan_bib(std::string_view text, std::string_view file);

struct NewEntry {
  std::string key;
  std::string text;                // as cite writes it, ending in a line break
  std::vector<std::string> marks;  // the paper's arXiv id, DOI, link, title: any one makes an entry its
  std::string what;                // the paper, for messages: its title
};

struct BibUpdate {
  std::string text;
  std::size_t replaced = 0;
  std::size_t added = 0;
  std::size_t kept = 0;              // entries of the file left as they were
  std::vector<std::string> foreign;  // "refs.bib:12: kept entry 'read', which is not '...'", a cited key's
  std::vector<std::string> foreign_keys;  // their keys, which cite then does not write
};

BibUpdate update_bib(std::string_view existing, std::span<const BibEntrySpan> entries,
                     std::span<const NewEntry> fresh, std::string_view file);

}  // namespace mllmseg::cite
