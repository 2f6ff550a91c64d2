#include "query/lookup.h"

#include <fmt/format.h>
#include <algorithm>

#include "catalog/load.h"
#include "query/identifier.h"
#include "util/text.h"
#include "util/unicode.h"

namespace mllmseg {

namespace {

constexpr std::size_t k_max_candidates = 5;

std::string quoted_keys(const Store& store, const std::vector<DocId>& ids) {
  std::vector<std::string> keys;
  for (DocId id : ids) {
    keys.push_back(fmt::format("'{}'", store.paper(id).key));
  }
  return text::join(keys, ", ");
}

// The paper with identifier id, typed as wanted; never a typo suggestion.
Result<DocId> find_identified(const Store& store, const Identifier& id, std::string_view wanted) {
  const std::vector<DocId> found = find_all_by_identifier(store, id);
  if (found.size() == 1) {
    return found.front();
  }
  if (found.size() > 1) {
    return Error{fmt::format("'{}' names {} papers; use a key: {}", text::one_line(wanted), found.size(),
                             quoted_keys(store, found))};
  }
  if (id.kind == Identifier::Kind::url) {
    return Error{fmt::format("no paper with link {}", text::one_line(wanted))};
  }
  return Error{"no paper with " + describe(id)};
}

// What an "arXiv:" or "doi:" prefix promised but the rest is not.
std::optional<std::string> broken_prefix(std::string_view wanted) {
  const auto prefixed = [&](std::string_view prefix) {
    return wanted.size() >= prefix.size() && text::iequals(wanted.substr(0, prefix.size()), prefix);
  };
  if (prefixed("arxiv:")) {
    return fmt::format(
        "'{}' is not an arXiv id (expected YYMM.NNNNN or archive/YYMMNNN, as in arXiv:2308.00692)",
        text::one_line(wanted));
  }
  if (prefixed("doi:")) {
    return fmt::format("'{}' is not a DOI (expected 10.NNNN/..., as in doi:10.1007/s11263-024-02171-y)",
                       text::one_line(wanted));
  }
  return std::nullopt;
}

// Digits and dots only ("2024", "2308.006"): a number is never corrected to
// a key or name that happens to be near it.
bool is_number(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos &&
         s.find_first_of("0123456789") != std::string_view::npos;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string unknown_without_candidates(std::string_view wanted) {
  return fmt::format("unknown paper '{}' (see 'mllmseg list' for names and 'mllmseg search' to find one)",
                     text::one_line(wanted));
}

}  // namespace

Result<DocId> find_paper(const Store& store, std::string_view wanted) {
  const std::string_view trimmed = text::trim(wanted);
  if (auto identifier = parse_identifier(trimmed)) {
    return find_identified(store, *identifier, trimmed);
  }
  if (auto broken = broken_prefix(trimmed)) {
    return Error{std::move(*broken)};
  }
  if (auto id = store.find_key(trimmed)) {
    return *id;
  }
  // Names in any case, and with their accents composed or not (NFC "Café"
  // and NFD "Cafe\u0301" are one name): two papers that share one are
  // ambiguous, whichever way it is typed.
  // A name and its fold are both ASCII or both not, so two ASCII names need
  // no fold (nor the memory for one).
  std::vector<DocId> by_name;
  const bool ascii = is_ascii(trimmed);
  const std::string folded = text::fold_name(trimmed);
  for (DocId id = 0; id < store.size(); ++id) {
    const std::string_view name = text::trim(store.name(id));
    if (is_ascii(name) == ascii && (ascii ? text::iequals(name, trimmed) : text::fold_name(name) == folded)) {
      by_name.push_back(id);
    }
  }
  if (by_name.size() == 1) {
    return by_name.front();
  }
  if (by_name.size() > 1) {
    return Error{fmt::format("'{}' names {} papers; use a key: {}", text::one_line(wanted), by_name.size(),
                             quoted_keys(store, by_name))};
  }
  if (auto id = store.find_key(slug(trimmed))) {
    return *id;
  }
  if (is_number(trimmed)) {
    return Error{unknown_without_candidates(wanted)};
  }

  // Candidates: keys or names within two edits, or containing what was typed;
  // closest first. One clearly closest candidate is suggested alone.
  const std::string lower = text::to_lower(trimmed);
  std::vector<std::pair<std::size_t, DocId>> ranked;
  for (DocId id = 0; id < store.size(); ++id) {
    const Paper& p = store.paper(id);
    const std::size_t distance =
        std::min(text::edit_distance(lower, p.key, 2), text::edit_distance(lower, text::to_lower(p.name), 2));
    const bool contains = !lower.empty() && (p.key.find(lower) != std::string::npos ||
                                             text::to_lower(p.name).find(lower) != std::string::npos);
    if (distance <= 2 || contains) {
      ranked.emplace_back(contains ? std::min<std::size_t>(distance, 2) : distance, id);
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  if (ranked.size() > 1 && ranked[0].first <= 1 && ranked[0].first < ranked[1].first) {
    ranked.resize(1);
  }
  std::vector<DocId> candidates;
  for (std::size_t i = 0; i < ranked.size() && i < k_max_candidates; ++i) {
    candidates.push_back(ranked[i].second);
  }
  if (candidates.empty()) {
    return Error{unknown_without_candidates(wanted)};
  }
  if (candidates.size() == 1) {
    return Error{fmt::format("unknown paper '{}'; did you mean '{}'?", text::one_line(wanted),
                             store.paper(candidates.front()).key)};
  }
  return Error{fmt::format("unknown paper '{}'; did you mean one of {}?", text::one_line(wanted),
                           quoted_keys(store, candidates))};
}

std::vector<NameLine> names_in_lines(std::string_view text) {
  std::vector<NameLine> names;
  std::size_t number = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    line = text::trim(line.substr(0, line.find('\t')));
    if (!line.empty() && line.front() != '#') {
      names.push_back({number, line});
    }
  }
  return names;
}

NamedPapers find_papers(const Store& store, std::span<const std::string> wanted,
                        const std::function<Result<std::string>()>& read_stdin) {
  NamedPapers named;
  std::vector<bool> seen(store.size());
  const auto add = [&](std::string_view name, std::string_view where) {
    auto id = find_paper(store, name);
    if (!id) {
      named.errors.push_back(where.empty() ? id.error() : fmt::format("{}: {}", where, id.error()));
    } else if (!seen[*id]) {
      seen[*id] = true;
      named.ids.push_back(*id);
    }
  };
  bool stdin_read = false;
  for (const std::string& name : wanted) {
    if (name != "-") {
      add(name, "");
      continue;
    }
    if (stdin_read) {
      named.errors.emplace_back("'-' given twice: standard input is read once");
      continue;
    }
    stdin_read = true;
    const auto input = read_stdin();
    if (!input) {
      named.errors.push_back(input.error());
      continue;
    }
    for (const NameLine& line : names_in_lines(*input)) {
      add(line.name, fmt::format("<stdin>:{}", line.line));
    }
  }
  return named;
}

NamedPapers find_papers_reading_stdin(const Store& store, std::span<const std::string> wanted,
                                      bool stdin_is_catalog) {
  return find_papers(store, wanted, [stdin_is_catalog]() -> Result<std::string> {
    if (stdin_is_catalog) {
      return Error{"'-' cannot name papers: standard input is the catalog"};
    }
    return read_input("-", k_max_names_bytes, "paper names");
  });
}

}  // namespace mllmseg
