#pragma once
// Long values for people: word-wrapped to the terminal with a hanging indent,
// so that `show` keeps its labels and values in two columns.

#include <cstddef>
#include <string>
#include <string_view>

namespace mllmseg::format {

// text in lines of at most width columns, the first starting at column
// indent (already printed by the caller), the others indented by as many
// spaces. A word longer than a line (a URL) is cut over lines of its own,
// after a '/' (else another separator) in the second half of a line.
std::string wrap_hanging(std::string_view text, std::size_t width, std::size_t indent);

}  // namespace mllmseg::format
