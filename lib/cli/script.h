#pragma once
// Helpers the script generators share.

#include <string>
#include <string_view>

namespace mllmseg::cli {

// script with every "@P@" replaced by the program's name.
std::string with_program(std::string_view script, std::string_view program);

}  // namespace mllmseg::cli
