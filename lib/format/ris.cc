// RIS export (Zotero, EndNote, Mendeley, bibutils): one record a paper, TY
// first and ER last, CPAPER for conference papers, JOUR for journal papers,
// UNPB for arXiv preprints; one AU line an author as "Family, Given". Lines
// end in CRLF as the format asks; a value never spans lines.
#include <fmt/format.h>

#include "catalog/person.h"
#include "catalog/venue.h"
#include "format/bibliography.h"

namespace mllmseg::format {

namespace {

// RIS is line-based: whitespace runs, line breaks included, become a space.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

void tag(std::string& out, std::string_view name, std::string_view value) {
  out += fmt::format("{}  - {}\r\n", name, one_line(value));
}

std::string ris_record(const Paper& p, const VenueInfo& venue, std::string_view key) {
  std::string out;
  tag(out, "TY",
      venue.kind == VenueKind::preprint  ? "UNPB"
      : venue.kind == VenueKind::journal ? "JOUR"
                                         : "CPAPER");
  tag(out, "ID", key);
  tag(out, "TI", p.title);
  for (const auto& author : p.authors) {
    const PersonName name = split_person_name(author);
    if (!name.family.empty()) {
      tag(out, "AU", name.given.empty() ? name.family : name.family + ", " + name.given);
    }
  }
  if (venue.kind == VenueKind::preprint) {
    tag(out, "PB", "arXiv");
  } else {
    tag(out, "T2", venue.full_name);
  }
  // JF as well for journals: bibutils reads a journal's full name only there.
  if (venue.kind == VenueKind::journal) {
    tag(out, "JF", venue.full_name);
  }
  tag(out, "PY", std::to_string(p.year));
  if (p.month) {
    tag(out, "DA", fmt::format("{}/{:02}//", p.year, *p.month));
  }
  if (p.doi) {
    tag(out, "DO", *p.doi);
  }
  tag(out, "UR", p.pdf);
  if (p.abstract) {
    tag(out, "AB", *p.abstract);
  }
  out += "ER  - \r\n";
  return out;
}

}  // namespace

std::string ris_items(const Store& store, std::span<const BibItem> keyed) {
  std::string out;
  for (const BibItem& item : expand_aliases(keyed)) {
    if (!out.empty()) {
      out += "\r\n";
    }
    out += ris_record(store.paper(item.id), venue_info(store.series_of(item.id)), item.key);
  }
  return out;
}

}  // namespace mllmseg::format
