#pragma once
// People's names as the catalog writes them ("Given Family"): their folded
// words, matching what a user types (a family name, a full name or a prefix,
// in any case and with or without accents: "jia" finds Jiaya Jia, "muller"
// finds Müller), short author lists, and the given/family split that
// bibliography formats want.

#include <string>
#include <string_view>
#include <vector>

namespace mllmseg {

// Lowercase ASCII with the accents of Latin letters removed ("Ünal" ->
// "unal"); other bytes stay as they are.
std::string fold(std::string_view text);

// The folded words of a name or a query for one.
std::vector<std::string> name_words(std::string_view name);

// An author as a person asks for one. One word is a family name ("jia"
// finds Jiaya Jia, not Jianfei Cai); several words are a full name in any
// order, which must include the family name ("Jiaya Jia", "Jia Jiaya",
// "J Jia": a one-letter word is an initial); a word ending in '*' is a prefix
// of any word of the name ("jia*" finds both). The family name is what
// split_person_name() gives: the last word, or the text before a comma.
struct AuthorQuery {
  std::vector<std::string> words;  // folded
  std::vector<bool> prefix;        // one flag a word: it ended in '*'

  bool empty() const { return words.empty(); }
  bool operator==(const AuthorQuery&) const = default;
};

// The query for what was typed; empty when it holds no name word.
AuthorQuery parse_author_query(std::string_view text);

// Whether the author ("Given Family" or "Family, Given") is one the query asks for.
bool author_matches(std::string_view author, const AuthorQuery& query);

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
