#pragma once
// Splits an author name as the catalog writes it ("Given Family", or
// "Family, Given") into the parts bibliography formats want separately.

#include <string>
#include <string_view>

namespace mllmseg::format {

struct PersonName {
  std::string given;  // empty for a one-word name
  std::string family;
};

// "Mike Zheng Shou" -> {"Mike Zheng", "Shou"}: the family name is the last
// word. "Shou, Mike Zheng" -> the same: text before the first comma is the
// family name. Whitespace is trimmed and runs of it become one space.
PersonName split_person_name(std::string_view name);

}  // namespace mllmseg::format
