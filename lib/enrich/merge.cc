#include "enrich/merge.h"

#include <fmt/format.h>

#include <unordered_map>

namespace mllmseg::enrich {

std::vector<std::string> ids_to_enrich(const Catalog& catalog) {
  std::vector<std::string> ids;
  for (const Paper& p : catalog.papers) {
    if (p.authors.empty() && p.arxiv) {
      ids.push_back(*p.arxiv);
    }
  }
  return ids;
}

std::vector<Change> apply(Catalog& catalog, const std::vector<ArxivRecord>& records,
                          std::string_view source_url, std::string_view today) {
  std::unordered_map<std::string_view, const ArxivRecord*> by_id;
  for (const auto& r : records) {
    by_id.emplace(r.id, &r);
  }
  std::vector<Change> changes;
  for (Paper& p : catalog.papers) {
    if (!p.authors.empty() || !p.arxiv) {
      continue;
    }
    const auto it = by_id.find(*p.arxiv);
    if (it == by_id.end() || it->second->authors.empty()) {
      continue;
    }
    const ArxivRecord& r = *it->second;
    Change change{p.key, {"authors"}};
    p.authors = r.authors;
    const auto fill = [&](std::optional<std::string>& field, const std::optional<std::string>& value,
                          std::string_view name) {
      if (!field && value) {
        field = value;
        change.fields.emplace_back(name);
      }
    };
    fill(p.submitted, r.submitted, "submitted");
    fill(p.abstract, r.abstract, "abstract");
    fill(p.doi, r.doi, "doi");
    AuthorSource source;
    source.urls.emplace_back(source_url);
    source.note =
        fmt::format("Filled by mllmseg enrich from the arXiv API on {}; one source, not confirmed.", today);
    if (p.authors_source) {
      source.urls.insert(source.urls.end(), p.authors_source->urls.begin(), p.authors_source->urls.end());
    }
    p.authors_source = std::move(source);
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace mllmseg::enrich
