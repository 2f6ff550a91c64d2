#pragma once
// What the CSV and TSV exports share: the columns, the quoting of RFC 4180
// (which Python's csv module and spreadsheets read), and a guard against
// cells a spreadsheet would run as a formula.

#include <span>
#include <string>
#include <string_view>

#include "store/store.h"

namespace mllmseg::format {

// The header row, then one row a paper: key, name, title, venue, year,
// tasks (";"-joined ids), arxiv, pdf, code, authors ("; "-joined), doi,
// abstract; absent values are empty. A cell that begins with = + - @, a tab
// or a carriage return gets a leading ' so that a spreadsheet shows it as
// text (OWASP's advice on CSV injection). A cell holding the delimiter, a
// quote or a line break is quoted, with quotes doubled.
std::string delimited_table(const Store& store, std::span<const DocId> ids, char delimiter,
                            std::string_view line_end);

}  // namespace mllmseg::format
