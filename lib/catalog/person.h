#pragma once
// People's names as the catalog writes them ("Given Family"): their folded
// words, matching what a user types (a family name, a full name or a prefix
// of either, in any case and with or without accents: "jia" finds Jiaya Jia,
// "muller" finds Müller), short author lists, and the given/family split
// that bibliography formats want.

#include <string>
#include <string_view>
#include <vector>

namespace mllmseg {

// Lowercase ASCII with the accents of Latin letters removed ("Ünal" ->
// "unal"); other bytes stay as they are.
std::string fold(std::string_view text);

// The folded words of a name or a query for one.
std::vector<std::string> name_words(std::string_view name);

// Whether every query word starts a different word of the author's name.
bool author_matches(const std::vector<std::string>& author_words,
                    const std::vector<std::string>& query_words);

// "Lai", "Lai & Tian", "Lai et al." or "" from "Given Family" names.
std::string short_authors(const std::vector<std::string>& authors);

struct PersonName {
  std::string given;  // empty for a one-word name
  std::string family;
};

// "Mike Zheng Shou" -> {"Mike Zheng", "Shou"}: the family name is the last
// word. "Shou, Mike Zheng" -> the same: text before the first comma is the
// family name. Whitespace is trimmed and runs of it become one space.
PersonName split_person_name(std::string_view name);

}  // namespace mllmseg
