#pragma once
// The list's text around its entries, as the catalog keeps it and the
// markdown export writes it back: the preamble before the first section, a
// blank line and the headings before each section, the epilogue after the
// last entry. Laid out so that importing the export of an import reads the
// same preamble, epilogue and sections again.

#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"

namespace mllmseg::importer {

struct HeadingLine {
  int line = 0;
  int level = 2;
  std::string text;
};

// A section with entries and where it sits in the text. section.parent is
// the enclosing heading one level up, as the list has it.
struct SectionPlace {
  Section section;
  int heading_line = 0;
  int parent_line = 0;  // 0 when no parent
  int last_entry_line = 0;
};

struct Layout {
  std::string preamble;
  std::string epilogue;
  std::vector<Section> sections;  // blank lines filled in, parents as the export will be read
  // Lines after the last entry that the epilogue leaves out (0 when none):
  // the export writes the epilogue after the last section's entries, where
  // line left_out_to would be read as an entry of that section.
  int left_out_from = 0;
  int left_out_to = 0;
};

// text is the clean list, title_line the line of its "# " title (0 when
// none), headings every other heading, places the sections in list order,
// hidden by line (index line - 1) whether a hidden block (importer/blocks.h)
// holds it, so that it is read as no entry.
Layout lay_out(std::string_view text, int title_line, const std::vector<HeadingLine>& headings,
               const std::vector<SectionPlace>& places, const std::vector<bool>& hidden);

}  // namespace mllmseg::importer
