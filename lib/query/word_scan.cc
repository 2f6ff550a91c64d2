#include "query/word_scan.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "util/text.h"

namespace mllmseg {

namespace {

bool in_scope(Scope scope, Field field) {
  switch (scope) {
    case Scope::any:
      return true;
    case Scope::name:
      return field == Field::name;
    case Scope::title:
      return field == Field::title;
  }
  return false;
}

double starting_with(const std::vector<std::string>& tokens, std::string_view word) {
  return static_cast<double>(
      std::count_if(tokens.begin(), tokens.end(), [&](const std::string& t) { return t.starts_with(word); }));
}

}  // namespace

WordScan scan_words(const Store& store, const std::vector<SearchWord>& words,
                    const std::vector<bool>& allowed) {
  WordScan scan;
  scan.hits.resize(words.size());
  scan.known.assign(words.size(), false);
  const auto count = static_cast<DocId>(store.size());
  scan.length.reserve(count);
  std::uint64_t total_length = 0;
  std::vector<std::string> abstract_tokens;
  for (DocId id = 0; id < count; ++id) {
    const std::string_view raw_name = store.name(id);
    const std::string name = text::to_lower(raw_name);
    const auto name_tokens = text::tokenize(raw_name);
    const auto title_tokens = text::tokenize(store.title(id));
    const auto venue_tokens = text::tokenize(store.venue_text(id));
    const auto abstract = store.abstract(id);
    abstract_tokens = abstract ? text::tokenize(*abstract) : std::vector<std::string>{};
    const auto length = static_cast<std::uint32_t>(name_tokens.size() + title_tokens.size());
    scan.length.push_back(length);
    total_length += length;
    const bool is_allowed = allowed.empty() || allowed[id];
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string& word = words[w].text;
      const FieldCounts found = {
          !word.empty() && name.find(word) != std::string::npos ? 1.0 : 0.0,
          starting_with(title_tokens, word),
          starting_with(venue_tokens, word),
          starting_with(abstract_tokens, word),
      };
      FieldCounts within{};
      bool any = false;
      for (std::size_t f = 0; f < k_field_count; ++f) {
        scan.known[w] = scan.known[w] || found[f] > 0;
        if (in_scope(words[w].scope, static_cast<Field>(f))) {
          within[f] = found[f];
          any = any || found[f] > 0;
        }
      }
      if (any && is_allowed) {
        scan.hits[w].emplace_back(id, within);
      }
    }
  }
  if (count > 0) {
    scan.average_length = std::max(1.0, static_cast<double>(total_length) / count);
  }
  return scan;
}

}  // namespace mllmseg
