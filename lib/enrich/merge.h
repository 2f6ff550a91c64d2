#pragma once
// What enrich changes in a catalog: papers without authors get the authors,
// first submission date, abstract and DOI arXiv gives, and nothing already
// there is overwritten.

#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "enrich/arxiv.h"

namespace mllmseg::enrich {

// arXiv ids of the papers that have one and lack authors, in list order.
std::vector<std::string> ids_to_enrich(const Catalog& catalog);

struct Change {
  std::string key;
  std::vector<std::string> fields;  // the fields filled: "authors", "submitted" ...
};

// Fills the papers of catalog that lack authors from the records with their
// arXiv id; source_url is recorded in each filled paper's authors_source.
std::vector<Change> apply(Catalog& catalog, const std::vector<ArxivRecord>& records,
                          std::string_view source_url, std::string_view today);

}  // namespace mllmseg::enrich
