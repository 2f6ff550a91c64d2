#pragma once
// What changed between two catalogs: papers added, removed, and changed
// field by field (a preprint that gained its venue, a new code link).
// Papers are matched by arXiv id, else DOI, else paper link, else key, so a
// renamed paper is a change, not a removal and an addition.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/paper.h"
#include "format/json.h"

namespace mllmseg::diff {

struct FieldChange {
  std::string field;
  format::OrderedJson before;  // as the catalog format writes it; null when absent
  format::OrderedJson after;
};

struct PaperRef {
  std::string key;
  std::string name;
  std::string venue;
  std::string title;
};

struct PaperChange {
  std::string key;  // the new record's
  std::string name;
  std::vector<FieldChange> fields;
};

struct CatalogDiff {
  std::vector<PaperRef> added;    // in the new catalog's order
  std::vector<PaperRef> removed;  // in the old catalog's order
  std::vector<PaperChange> changed;
  std::size_t before = 0;  // papers in each
  std::size_t after = 0;

  bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// Which fields to compare: all of a record's, or only those a list gives
// (key, name, title, venue, year, month, tasks, arxiv, pdf, code), for when
// one side is a list and so has no authors, dates or abstracts.
enum class Fields { all, list };

CatalogDiff compare(const Catalog& before, const Catalog& after, Fields fields);

// Each paper a line or block, then a summary line:
//   added sa2va-pro: Sa2VA-Pro (ArXiv'2505) "..."
//   changed text4seg: Text4Seg
//     venue: "ArXiv'2410" -> "ICLR'25"
//   1 added, 0 removed, 1 changed; 39 papers before, 40 after
std::string diff_text(const CatalogDiff& diff);

// {"added": [...], "removed": [...], "changed": [{key, name, fields: [{field, old, new}]}], "before": N,
// "after": M}; format/json_output writes it.
format::OrderedJson diff_json(const CatalogDiff& diff);

// Its members, in its order: the fields `diff --json FIELDS` selects from.
std::span<const std::string_view> json_fields();

}  // namespace mllmseg::diff
