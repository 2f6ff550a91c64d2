#include "format/citekey.h"

#include <fmt/format.h>
#include <algorithm>
#include <map>

namespace mllmseg::format {

namespace {

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

}  // namespace

std::vector<std::string> assign_citation_keys(std::span<const CiteKeySource> sources) {
  std::vector<std::string> keys;
  keys.reserve(sources.size());
  std::map<std::string, std::vector<std::size_t>> by_base;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    keys.push_back(fmt::format("{}{}", sources[i].key, sources[i].year));
    by_base[keys.back()].push_back(i);
  }
  // A base ends in a digit and a suffixed key in a letter, so the suffixed
  // keys cannot meet any base.
  for (auto& [base, members] : by_base) {
    if (members.size() < 2) {
      continue;
    }
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return sources[a].key != sources[b].key ? sources[a].key < sources[b].key
                                              : sources[a].year < sources[b].year;
    });
    for (std::size_t rank = 0; rank < members.size(); ++rank) {
      keys[members[rank]] = base + letters(rank);
    }
  }
  return keys;
}

std::vector<std::string> citation_keys(const Store& store) {
  std::vector<CiteKeySource> sources;
  sources.reserve(store.size());
  for (DocId id = 0; id < store.size(); ++id) {
    sources.push_back(CiteKeySource{store.key(id), store.paper(id).year});
  }
  return assign_citation_keys(sources);
}

}  // namespace mllmseg::format
