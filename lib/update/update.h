#pragma once
// `mllmseg update` without the network: a newer list made into the next
// catalog (imported, linted, given the curated data of the catalog in use,
// compared with it, validated), then stored so that a failure at any step
// leaves the stored catalog byte for byte as it was.

#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "diff/diff.h"
#include "importer/carry.h"
#include "importer/import.h"
#include "lint/lint.h"
#include "util/result.h"

namespace mllmseg::update {

struct Plan {
  importer::Import list;
  importer::CarryReport carried;
  std::vector<lint::Finding> findings;  // on the list
  diff::CatalogDiff diff;               // from the catalog in use to the new one
  std::string json;                     // the new catalog, validated
};

// An error, naming origin, when body is not a list, when the result would
// not load, or (unless shrink_ok, which --force sets) when the list has less
// than half the papers of the catalog in use, lacks some of its papers and
// adds none (an older copy of the list), or part of it cannot be imported: a
// truncated, old or replaced README must not empty the catalog, and no entry
// is lost with only a warning. The new catalog records today
// (YYYY-MM-DD; date::today() when empty) and from (origin when empty) as when
// and where it was updated, and today as the day papers new to it joined the
// list.
Result<Plan> plan_update(std::string_view body, std::string_view origin, const Catalog& current,
                         bool shrink_ok, std::string_view today = {}, std::string_view from = {});

enum class Stored { created, replaced, unchanged };

// Writes json to path atomically; when path held another catalog, keeps that
// as backup_path(path) first. Nothing is written when path already holds
// json.
Result<Stored> store(const std::string& path, const std::string& json);

std::string backup_path(const std::string& path);

}  // namespace mllmseg::update
