#pragma once
// The list's markdown as blocks, in so far as the importer reads them: its
// lines, ATX headings, the lines that continue a numbered item, and the
// blocks whose lines a renderer shows as no list at all (HTML comments and
// fenced code blocks), whose entries the importer skips as it does.

#include <optional>
#include <string_view>
#include <vector>

#include "importer/layout.h"

namespace mllmseg::importer {

// The lines of text ('\n' line ends), without their line ends.
std::vector<std::string_view> lines_of(std::string_view text);

// The heading on line (numbered from 1), when it is an ATX heading ("## X").
std::optional<HeadingLine> heading_of(int number, std::string_view line);

// Whether line, after a numbered item, continues its text: not blank, not a
// heading, not another item or the start of a block of its own.
bool continues_item(std::string_view line);

// A block of lines the rendered list does not show as list text, by the
// rules of CommonMark 0.31 for a block at the left margin (up to three
// spaces in, no tab):
// - an HTML comment: from a line that starts with "<!--" to the first line
//   (that one included) holding "-->";
// - a fenced code block: from a line of three or more backticks or tildes
//   (a backtick fence's info string holds no backtick) to a line of at
//   least as many of the same character and nothing else but spaces.
// One never closed runs to the end of the text. A block is not looked for
// inside a block quote, and one opened inside a list item (indented to the
// item's text) is taken to run to its closing line, where CommonMark would
// also end it with the item.
struct HiddenBlock {
  enum class Kind : unsigned char { comment, code };
  Kind kind = Kind::comment;
  int first = 0;  // the opening line, from 1
  int last = 0;   // the closing line, or the last line when never closed
  bool closed = false;
};

// The hidden blocks of lines, in order.
std::vector<HiddenBlock> hidden_blocks(const std::vector<std::string_view>& lines);

// For each of count lines (index line - 1), whether a block hides it.
std::vector<bool> hidden_lines(const std::vector<HiddenBlock>& blocks, std::size_t count);

}  // namespace mllmseg::importer
