#pragma once
// One numbered item of the list:
//   N. <span id = "ID">**[NAME]**</span> | **VENUE** | TITLE | [`[pdf]`](URL) | [`[code]`](URL)
// read tolerantly: any spacing around '|', an empty last cell, no code link,
// other link labels ([pdf], [paper], [arXiv], [code], [github]), markdown
// escapes as the markdown export writes them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg::importer {

struct EntryLine {
  int number = 0;
  std::optional<std::string> id;  // the span's id, when there is a span
  std::string name;               // between the brackets, unescaped but not trimmed
  std::string venue;              // without the bold markers, trimmed
  std::string title;              // trimmed
  std::string pdf;                // empty when the entry has no paper link
  std::optional<std::string> code;
  std::optional<std::string> after_title;  // the text between title and pdf link, when not " | "
  std::optional<std::string> after_links;  // the text after the last link (or the title), when any
  std::vector<std::string> ignored;        // links and text the catalog has no field for
};

// The item number when line is a numbered list item ("12. ...", up to nine
// digits as in CommonMark).
std::optional<int> item_number(std::string_view line);

// Whether a line looks like a list entry (a span anchor, a bold bracketed
// name or a link), numbered or not.
bool looks_like_entry(std::string_view line);

// Whether a line under a section's heading is one of its entries, readable
// or not: a numbered item, or a line with a link that looks like an entry.
bool is_entry_line(std::string_view line);

// The entry, or what is missing from it ("no venue"). An entry without a
// paper link is still an entry, with an empty pdf.
Result<EntryLine> parse_entry_line(std::string_view line);

}  // namespace mllmseg::importer
