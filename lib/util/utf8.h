#pragma once
// UTF-8 byte sequences, for the readers and writers that check text a byte
// at a time (the JSON reader, the JSON writer).

#include <cstddef>
#include <string_view>

namespace mllmseg::utf8 {

// Length of the well-formed UTF-8 sequence at s[0] (a byte >= 0x80): 2, 3 or
// 4; 0 when it is not one (an overlong form, a surrogate, past U+10FFFF, cut
// short).
std::size_t sequence_length(std::string_view s);

}  // namespace mllmseg::utf8
