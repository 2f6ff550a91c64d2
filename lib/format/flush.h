#pragma once
// How a long listing is written while it is made: the writer hands its text
// on a round of papers at a time (format/parts.h) instead of returning it
// whole, so that output of any length is made in the memory of one round.

#include <functional>
#include <string>

namespace mllmseg::format {

// Takes the text written so far (to standard output, say) and empties the
// string it is given.
using Flush = std::function<void(std::string&)>;

}  // namespace mllmseg::format
