#pragma once
// The catalog's values for one list entry, before entries of the same paper
// are merged: whitespace trimmed and collapsed, the venue in the list's
// usual form (ICLR2025 -> ICLR'25), links through a proxy or mirror
// replaced by where they point, the arXiv id and DOI read from the links.
// Each change is reported.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "importer/diagnostic.h"
#include "importer/list_parser.h"

namespace mllmseg::importer {

struct EntryValues {
  std::string name;
  std::string title;
  std::string venue;
  int year = 0;
  std::optional<int> month;
  bool preprint = false;
  std::string pdf;
  std::optional<std::string> code;
  std::optional<std::string> arxiv;
  std::optional<std::string> doi;
  std::string identity;  // what copies of a paper share: "arxiv:ID", "doi:DOI" or "url:LINK"
};

// One value per entry, in order. parse_list reads only entries it can date
// (a venue with a year, or an arXiv id).
std::vector<EntryValues> normalize_entries(const std::vector<ListEntry>& entries,
                                           std::vector<Diagnostic>& diagnostics);

// The most used spelling of each venue series among venues ("ArXiv" over
// "arXiv"), the first seen winning a tie.
class SeriesForms {
 public:
  explicit SeriesForms(const std::vector<std::string>& venues);
  std::string usual(const std::string& series) const;

 private:
  std::map<std::string, std::string> m_usual;  // by lowercase series
};

// s without leading and trailing whitespace, inner runs collapsed to one space.
std::string collapse_whitespace(std::string_view s);

}  // namespace mllmseg::importer
