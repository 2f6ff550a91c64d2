#pragma once
// Text as hand-edited lists come: with a byte order mark, CRLF line ends,
// bytes that are not UTF-8, and UTF-8 that was once read in a legacy
// encoding and saved again (the seed's star, "‚≠ê", is "⭐" read as Mac
// Roman).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importer/diagnostic.h"

namespace mllmseg::importer {

struct CleanText {
  std::string text;  // UTF-8 with '\n' line ends and no byte order mark
  std::vector<Diagnostic> diagnostics;
};

// Strips a UTF-8 byte order mark, turns CRLF and lone CR into LF, and reads
// bytes that are not UTF-8 as Windows-1252, reporting each line where it did
// (rule "mis-encoded").
CleanText clean_text(std::string_view bytes);

struct Mojibake {
  std::string seen;      // the text as it stands: "‚≠ê"
  std::string meant;     // what it was before: "⭐"
  std::string encoding;  // the encoding it was read in: "Mac Roman"
};

// The first run of characters in text that is UTF-8 read as Windows-1252 or
// Mac Roman, if any.
std::optional<Mojibake> find_mojibake(std::string_view text);

}  // namespace mllmseg::importer
