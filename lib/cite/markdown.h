#pragma once
// The citations of a pandoc Markdown document: bracketed [@key],
// [see @a, p. 3; @b], [-@key], and in-text @key, with pandoc's key syntax
// (letters, digits and _, and : . # $ % & - + ? < > ~ / inside a key, not at
// its end) or @{any key}; @* in a nocite field cites everything. An '@'
// after a letter, digit or one of . _ - / \ ` is no citation (e-mail
// addresses, URLs, \@); code spans, fenced code blocks and HTML comments
// are skipped.

#include <string_view>
#include <vector>

#include "cite/mention.h"

namespace mllmseg::cite {

std::vector<Mention> scan_markdown(std::string_view text);

}  // namespace mllmseg::cite
