#pragma once
// Citation keys for the bibliography formats (BibTeX, BibLaTeX, CSL-JSON,
// RIS): readable, unique within a catalog, and stable when it is reordered
// or grows. Two schemes: the catalog's ("lisa2024", the default) and Google
// Scholar's ("lai2024lisa"); cite accepts both, and the keys of earlier
// versions, whichever the document uses.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg::format {

enum class KeyFormat { catalog, scholar };

std::optional<KeyFormat> parse_key_format(std::string_view name);
std::vector<std::string> key_format_names();  // "catalog", "scholar"

struct CiteKeySource {
  std::string_view key;  // the catalog key, unique in the catalog
  int year = 0;
  std::string_view name{};  // the paper's short name, which tells "lens-2" as LENS's second paper
};

// The catalog scheme, one key per source, in the same order:
//  - the catalog key followed by the year: "lisa2024", "seg-zero2025";
//  - a key ending in a digit is joined to the year by '-', so that digits
//    never run together: "visionllm-v2-2024", "pixfoundation-2-0-2025";
//  - a later paper of the same short name, whose catalog key is the name's
//    with "-2", "-3" ... (catalog/key.h), is its name's key and year with a
//    letter for that number: the second "LENS" of 2025 is "lens2025a", the
//    third "lens2025b";
//  - should two papers still share a key, each of them gets a letter,
//    handed out in the order of the catalog keys, never of the catalog.
// A key only changes when its own paper's key, name or year does.
std::vector<std::string> assign_citation_keys(std::span<const CiteKeySource> sources);

struct ScholarSource {
  std::string_view first_author;  // "Given Family" or "Family, Given"; empty when unknown
  int year = 0;
  std::string_view title;
  std::string_view name;  // the short name, standing in for an unknown author
  std::string_view key;   // the catalog key, which orders colliding keys
};

// Google Scholar's scheme: the first author's family name, the year and the
// title's first word that is not an article or preposition, in lowercase
// ASCII letters and digits: "lai2024lisa", "gong2025devil". Papers sharing a
// key each get a letter, in the order of their catalog keys ("liu2025towardsa",
// "liu2025towardsb"), so that a key never silently moves to another paper.
std::vector<std::string> assign_scholar_keys(std::span<const ScholarSource> sources);

// The keys of every paper of the store in a scheme, indexed by DocId. Computed
// over the whole catalog, so a paper's key does not depend on what else is
// exported.
std::vector<std::string> citation_keys(const Store& store, KeyFormat format = KeyFormat::catalog);

// The keys earlier versions wrote: catalog key and year run together
// ("visionllm-v22024", "lens-22025"); cite still finds papers by them.
std::vector<std::string> legacy_citation_keys(const Store& store);

}  // namespace mllmseg::format
