#include "format/citekey.h"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <map>

#include "catalog/key.h"
#include "catalog/person.h"

namespace mllmseg::format {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_key_char(char c) { return is_digit(c) || (c >= 'a' && c <= 'z'); }

// a, b, ... z, aa, ab, ...: bijective base 26, so any number of papers get
// distinct suffixes.
std::string letters(std::size_t index) {
  std::string out;
  ++index;
  while (index > 0) {
    --index;
    out.insert(out.begin(), static_cast<char>('a' + index % 26));
    index /= 26;
  }
  return out;
}

// Gives every member of a group of equal keys a letter, in the order of
// their catalog keys (then years); repeated in the unlikely case that a
// suffixed key meets another key.
template <typename Order>
void resolve_collisions(std::vector<std::string>& keys, Order before) {
  for (int round = 0; round < 8; ++round) {
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      by_key[keys[i]].push_back(i);
    }
    bool changed = false;
    for (auto& [key, members] : by_key) {
      if (members.size() < 2) {
        continue;
      }
      std::sort(members.begin(), members.end(), before);
      for (std::size_t rank = 0; rank < members.size(); ++rank) {
        keys[members[rank]] = key + letters(rank);
      }
      changed = true;
    }
    if (!changed) {
      return;
    }
  }
}

// The number N of a catalog key that is the name's key with "-N" (N >= 2),
// as the importer makes the keys of later papers of one name; 0 otherwise.
std::size_t ordinal_of(std::string_view key, std::string_view name_slug) {
  if (name_slug.empty() || key.size() < name_slug.size() + 2 || !key.starts_with(name_slug) ||
      key[name_slug.size()] != '-') {
    return 0;
  }
  const std::string_view number = key.substr(name_slug.size() + 1);
  if (number.size() > 6 || number.front() == '0' || !std::all_of(number.begin(), number.end(), is_digit)) {
    return 0;
  }
  const std::size_t n = std::stoul(std::string(number));
  return n >= 2 ? n : 0;
}

// The lowercase ASCII letters and digits of text, accents removed.
std::string key_letters(std::string_view text) {
  std::string out;
  for (char c : fold(text)) {
    if (is_key_char(c)) {
      out += c;
    }
  }
  return out;
}

constexpr std::array<std::string_view, 14> k_skipped_words = {"a",  "an", "the", "on",   "in",   "of",  "for",
                                                              "to", "at", "by",  "with", "from", "and", "as"};

// The first word of a title that is not an article or preposition; words
// are runs of letters and digits ("Seg-Zero" starts with "seg").
std::string first_title_word(std::string_view title) {
  const std::string folded = fold(title);
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_key_char(folded[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < folded.size() && is_key_char(folded[i])) {
      ++i;
    }
    const std::string_view word = std::string_view(folded).substr(start, i - start);
    if (!word.empty() &&
        std::find(k_skipped_words.begin(), k_skipped_words.end(), word) == k_skipped_words.end()) {
      return std::string(word);
    }
  }
  return {};
}

}  // namespace

std::optional<KeyFormat> parse_key_format(std::string_view name) {
  if (name == "catalog") {
    return KeyFormat::catalog;
  }
  if (name == "scholar") {
    return KeyFormat::scholar;
  }
  return std::nullopt;
}

std::vector<std::string> key_format_names() { return {"catalog", "scholar"}; }

std::vector<std::string> assign_citation_keys(std::span<const CiteKeySource> sources) {
  std::vector<std::string> keys;
  keys.reserve(sources.size());
  for (const CiteKeySource& source : sources) {
    const std::string name_slug = slug(source.name);
    const std::size_t ordinal = ordinal_of(source.key, name_slug);
    const std::string_view stem = ordinal > 0 ? std::string_view(name_slug) : source.key;
    const bool glued = !stem.empty() && is_digit(stem.back());
    keys.push_back(fmt::format("{}{}{}", stem, glued ? "-" : "", source.year));
    if (ordinal > 0) {
      keys.back() += letters(ordinal - 2);
    }
  }
  resolve_collisions(keys, [&](std::size_t a, std::size_t b) {
    return sources[a].key != sources[b].key ? sources[a].key < sources[b].key
                                            : sources[a].year < sources[b].year;
  });
  return keys;
}

std::vector<std::string> assign_scholar_keys(std::span<const ScholarSource> sources) {
  std::vector<std::string> keys;
  keys.reserve(sources.size());
  for (const ScholarSource& source : sources) {
    std::string who = key_letters(split_person_name(source.first_author).family);
    if (who.empty()) {
      who = key_letters(source.name);
    }
    if (who.empty()) {
      who = key_letters(source.key);
    }
    keys.push_back(fmt::format("{}{}{}", who, source.year, first_title_word(source.title)));
  }
  resolve_collisions(keys, [&](std::size_t a, std::size_t b) {
    return sources[a].key != sources[b].key ? sources[a].key < sources[b].key
                                            : sources[a].year < sources[b].year;
  });
  return keys;
}

std::vector<std::string> citation_keys(const Store& store, KeyFormat format) {
  // store.paper() unpacks a copy: what the sources view of it is kept here.
  std::vector<int> years;
  std::vector<std::string> first_authors;
  years.reserve(store.size());
  first_authors.reserve(store.size());
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper p = store.paper(id);
    years.push_back(p.year);
    first_authors.push_back(p.authors.empty() ? std::string{} : p.authors.front());
  }
  if (format == KeyFormat::scholar) {
    std::vector<ScholarSource> sources;
    sources.reserve(store.size());
    for (DocId id = 0; id < store.size(); ++id) {
      sources.push_back(
          ScholarSource{first_authors[id], years[id], store.title(id), store.name(id), store.key(id)});
    }
    return assign_scholar_keys(sources);
  }
  std::vector<CiteKeySource> sources;
  sources.reserve(store.size());
  for (DocId id = 0; id < store.size(); ++id) {
    sources.push_back(CiteKeySource{store.key(id), years[id], store.name(id)});
  }
  return assign_citation_keys(sources);
}

std::vector<std::string> legacy_citation_keys(const Store& store) {
  std::vector<std::string> keys;
  keys.reserve(store.size());
  for (DocId id = 0; id < store.size(); ++id) {
    keys.push_back(fmt::format("{}{}", store.key(id), store.paper(id).year));
  }
  return keys;
}

}  // namespace mllmseg::format
