#include "catalog/person.h"

#include <algorithm>
#include <vector>

#include "util/text.h"

namespace mllmseg {

namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A), in code point order; '\0' where a code point is no letter
// with a plain base (×, ÷) and two-letter folds are handled apart.
using namespace std::string_view_literals;

constexpr std::string_view k_latin1 = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"sv;
constexpr std::string_view k_extended_a =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTt"
    "UuUuUuUuUuUuWwYyYZzZzZzs";

std::string_view fold_code_point(unsigned code_point) {
  if (code_point == 0xDF) {
    return "ss";
  }
  if (code_point == 0xC6 || code_point == 0xE6) {
    return "ae";
  }
  if (code_point == 0x152 || code_point == 0x153) {
    return "oe";
  }
  if (code_point >= 0xC0 && code_point < 0x100) {
    const std::string_view base = k_latin1.substr(code_point - 0xC0, 1);
    return base[0] == '\0' ? std::string_view{} : base;
  }
  if (code_point >= 0x100 && code_point < 0x100 + k_extended_a.size()) {
    return k_extended_a.substr(code_point - 0x100, 1);
  }
  return {};
}

std::string joined(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) {
      out += ' ';
    }
    out += words[i];
  }
  return out;
}

std::string normalised(std::string_view s) {
  const auto words = text::split_words(s);
  return joined(words, 0, words.size());
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte == 0xC3 || byte == 0xC4 || byte == 0xC5) && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const unsigned code_point = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
      if (const std::string_view base = fold_code_point(code_point); !base.empty()) {
        out += base;
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return text::to_lower(out);
}

std::vector<std::string> name_words(std::string_view name) { return text::tokenize(fold(name)); }

namespace {

struct Assignment {
  const std::vector<std::string>& author;
  const std::vector<std::string>& family;
  const AuthorQuery& query;
  std::vector<bool> used;
  bool needs_family;  // a full name: one of its words must be the family name

  bool fits(const std::string& author_word, std::size_t q) const {
    const std::string& word = query.words[q];
    if (query.prefix[q] || word.size() == 1) {
      return author_word.starts_with(word);
    }
    return author_word == word;
  }

  // Whether query words from next on can each take a different unused word
  // of the name; tries every assignment (names have few words).
  bool assign(std::size_t next, bool family_seen) {
    if (next == query.words.size()) {
      return family_seen || !needs_family;
    }
    for (std::size_t i = 0; i < author.size(); ++i) {
      if (used[i] || !fits(author[i], next)) {
        continue;
      }
      const bool is_family = !query.prefix[next] && query.words[next].size() > 1 &&
                             std::find(family.begin(), family.end(), author[i]) != family.end();
      used[i] = true;
      if (assign(next + 1, family_seen || is_family)) {
        return true;
      }
      used[i] = false;
    }
    return false;
  }
};

}  // namespace

AuthorQuery parse_author_query(std::string_view text) {
  AuthorQuery query;
  for (std::string_view chunk : text::split_words(text)) {
    const bool prefix = chunk.ends_with('*');
    auto words = name_words(chunk);
    for (std::size_t i = 0; i < words.size(); ++i) {
      query.words.push_back(std::move(words[i]));
      query.prefix.push_back(prefix && i + 1 == words.size());
    }
  }
  return query;
}

bool author_matches(std::string_view author, const AuthorQuery& query) {
  const std::vector<std::string> words = name_words(author);
  if (query.empty() || query.words.size() > words.size()) {
    return false;
  }
  const std::vector<std::string> family = name_words(split_person_name(author).family);
  const bool all_exact = std::none_of(query.prefix.begin(), query.prefix.end(), [](bool p) { return p; });
  if (query.words.size() == 1 && all_exact) {
    return std::find(family.begin(), family.end(), query.words.front()) != family.end();
  }
  Assignment assignment{words, family, query, std::vector<bool>(words.size(), false), all_exact};
  return assignment.assign(0, false);
}

std::string short_authors(const std::vector<std::string>& authors) {
  const auto family = [](const std::string& name) {
    const std::string_view trimmed = text::trim(name);
    const auto space = trimmed.rfind(' ');
    return std::string(space == std::string_view::npos ? trimmed : trimmed.substr(space + 1));
  };
  if (authors.empty()) {
    return {};
  }
  if (authors.size() == 1) {
    return family(authors[0]);
  }
  if (authors.size() == 2) {
    return family(authors[0]) + " & " + family(authors[1]);
  }
  return family(authors[0]) + " et al.";
}

PersonName split_person_name(std::string_view name) {
  if (const auto comma = name.find(','); comma != std::string_view::npos) {
    std::string family = normalised(name.substr(0, comma));
    if (!family.empty()) {
      return PersonName{normalised(name.substr(comma + 1)), std::move(family)};
    }
    name.remove_prefix(comma + 1);
  }
  const auto words = text::split_words(name);
  if (words.empty()) {
    return {};
  }
  return PersonName{joined(words, 0, words.size() - 1), std::string(words.back())};
}

}  // namespace mllmseg
