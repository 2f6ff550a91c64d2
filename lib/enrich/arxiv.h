#pragma once
// The arXiv API's side of enrich: the query URL for a batch of ids, and the
// records read from its Atom answer.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace mllmseg::enrich {

inline constexpr std::string_view k_arxiv_api = "https://export.arxiv.org/api/query";

struct ArxivRecord {
  std::string id;  // without version: "2308.00692"
  std::string title;
  std::vector<std::string> authors;
  std::optional<std::string> submitted;  // YYYY-MM-DD of the first version
  std::optional<std::string> abstract;
  std::optional<std::string> doi;
};

std::string query_url(std::string_view api, const std::vector<std::string>& ids);

// The entries of an Atom feed from the arXiv API. Error entries (unknown or
// malformed ids) are left out; XML that does not parse, or is not a feed, is
// an error.
Result<std::vector<ArxivRecord>> parse_feed(std::string_view xml);

}  // namespace mllmseg::enrich
