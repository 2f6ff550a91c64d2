#pragma once
// What a document's scanner finds (cite/latex.h, cite/aux.h,
// cite/markdown.h): the keys it cites and the files it reads in their place
// (\input, \include, \@input), in the order of the text, with their lines.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::cite {

struct Mention {
  enum class Kind {
    key,   // a cited key; "*" cites everything (\nocite{*}, @*)
    file,  // a file read at this point, as written (resolved by cite/document.h)
  };
  Kind kind = Kind::key;
  std::string text;
  std::size_t line = 0;  // from 1

  bool operator==(const Mention&) const = default;
};

// The line (from 1) of each offset of a text, for scanners that find things
// by offset.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  std::size_t line_of(std::size_t offset) const;

 private:
  std::vector<std::size_t> m_starts;
};

}  // namespace mllmseg::cite
