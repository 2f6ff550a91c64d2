#include "cite/resolve.h"

#include <fmt/format.h>
#include <fnmatch.h>
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "query/lookup.h"
#include "util/text.h"

namespace mllmseg::cite {

namespace {

// The papers of each scheme's keys.
class KeyIndex {
 public:
  explicit KeyIndex(const Store& store) {
    for (auto format : {format::KeyFormat::catalog, format::KeyFormat::scholar}) {
      add(format::citation_keys(store, format));
    }
    add(format::legacy_citation_keys(store));
  }

  std::optional<DocId> find(const std::string& key) const {
    const auto it = m_papers.find(key);
    return it == m_papers.end() ? std::nullopt : std::optional<DocId>(it->second);
  }

 private:
  void add(const std::vector<std::string>& keys) {
    for (DocId id = 0; id < keys.size(); ++id) {
      m_papers.emplace(keys[id], id);  // an earlier scheme's key wins
    }
  }

  std::unordered_map<std::string, DocId> m_papers;
};

std::string where(const Citation& citation) { return fmt::format("{}:{}", citation.file, citation.line); }

// What find_paper says of a key it cannot find, with a citation key
// suggested when find_paper has nothing nearer, and else a word on keys of
// other bibliographies.
std::string unknown(const std::string& key, const std::string& error,
                    const std::vector<std::string>& suggestions) {
  if (error.find("did you mean") != std::string::npos || !error.starts_with("unknown paper")) {
    return error;
  }
  if (auto guess = text::closest(key, suggestions)) {
    return fmt::format("unknown paper '{}'; did you mean '{}'?", text::one_line(key), *guess);
  }
  return fmt::format("unknown paper '{}' (--ignore leaves the keys of other bibliographies alone)",
                     text::one_line(key));
}

}  // namespace

bool matches_glob(std::string_view pattern, std::string_view key) {
  return ::fnmatch(std::string(pattern).c_str(), std::string(key).c_str(), 0) == 0;
}

Resolution resolve_citations(const Store& store, std::span<const Citation> citations,
                             const ResolveOptions& options) {
  const KeyIndex index(store);
  const std::vector<std::string> scheme_keys = format::citation_keys(store, options.key_format);
  // What "did you mean" picks from: the keys of the scheme in use first.
  std::vector<std::string> suggestions = scheme_keys;
  const auto other = format::citation_keys(store, options.key_format == format::KeyFormat::catalog
                                                      ? format::KeyFormat::scholar
                                                      : format::KeyFormat::catalog);
  suggestions.insert(suggestions.end(), other.begin(), other.end());
  Resolution result;
  result.citations = citations.size();
  std::map<std::string, bool> seen;                         // each key once: whether it was written
  std::map<DocId, std::pair<std::string, Citation>> first;  // each paper's first key, and where
  const auto add = [&](DocId id, const std::string& key, const Citation& citation) {
    result.items.push_back(format::BibItem{id, key});
    const auto [it, fresh] = first.emplace(id, std::make_pair(key, citation));
    if (!fresh) {
      result.aliases.push_back(fmt::format("{}: '{}' cites the same paper as '{}' ({})", where(citation),
                                           text::one_line(key), text::one_line(it->second.first),
                                           where(it->second.second)));
    }
  };
  for (const Citation& citation : citations) {
    if (!seen.emplace(citation.key, true).second) {
      continue;
    }
    if (citation.key == "*") {
      for (DocId id = 0; id < store.size(); ++id) {
        if (!first.contains(id) && seen.emplace(scheme_keys[id], true).second) {
          add(id, scheme_keys[id], citation);
        }
      }
      continue;
    }
    if (std::any_of(options.ignore.begin(), options.ignore.end(),
                    [&](const std::string& pattern) { return matches_glob(pattern, citation.key); })) {
      ++result.ignored;
      continue;
    }
    std::optional<DocId> id = index.find(citation.key);
    std::string error;
    if (!id) {
      auto found = find_paper(store, citation.key);
      if (found) {
        id = *found;
      } else {
        error = found.error();
      }
    }
    if (id && options.bibtex_keys && citation.key.find_first_of(" \t\n\r,{}") != std::string::npos) {
      result.unresolved.push_back(
          fmt::format("{}: '{}' cannot be a BibTeX key (it holds white space, a comma "
                      "or a brace)",
                      where(citation), text::one_line(citation.key)));
    } else if (id) {
      add(*id, citation.key, citation);
    } else if (std::any_of(options.defined.begin(), options.defined.end(),
                           [&](const std::string& key) { return text::iequals(key, citation.key); })) {
      ++result.ignored;
    } else {
      result.unresolved.push_back(
          fmt::format("{}: {}", where(citation), unknown(citation.key, error, suggestions)));
    }
  }
  return result;
}

std::vector<format::BibItem> merge_aliases(std::span<const format::BibItem> items) {
  std::vector<format::BibItem> merged;
  std::map<DocId, std::size_t> at;
  for (const format::BibItem& item : items) {
    const auto [it, fresh] = at.emplace(item.id, merged.size());
    if (fresh) {
      merged.push_back(format::BibItem{item.id, item.key});
    }
    if (!fresh || !item.aliases.empty()) {
      auto& aliases = merged[it->second].aliases;
      if (!fresh) {
        aliases.push_back(item.key);
      }
      aliases.insert(aliases.end(), item.aliases.begin(), item.aliases.end());
    }
  }
  return merged;
}

}  // namespace mllmseg::cite
