#include "cli/script.h"

namespace mllmseg::cli {

std::string with_program(std::string_view script, std::string_view program) {
  constexpr std::string_view k_placeholder = "@P@";
  std::string out;
  std::size_t at = 0;
  for (std::size_t next = script.find(k_placeholder); next != std::string_view::npos;
       next = script.find(k_placeholder, at)) {
    out += script.substr(at, next - at);
    out += program;
    at = next + k_placeholder.size();
  }
  out += script.substr(at);
  return out;
}

}  // namespace mllmseg::cli
