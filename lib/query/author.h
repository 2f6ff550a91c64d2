#pragma once
// Matching people by what a user types: a family name, a full name or a
// prefix of either, in any case and with or without accents ("jia" finds
// Jiaya Jia, "muller" finds Müller).

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

}  // namespace mllmseg
