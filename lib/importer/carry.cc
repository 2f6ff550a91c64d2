#include "importer/carry.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "catalog/venue.h"
#include "importer/links.h"
#include "importer/merge.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

class OldPapers {
 public:
  explicit OldPapers(const Catalog& current) {
    for (const Paper& p : current.papers) {
      if (p.arxiv) {
        m_by_arxiv.emplace(*p.arxiv, &p);
      }
      if (p.doi) {
        m_by_doi.emplace(text::to_lower(*p.doi), &p);
      }
      if (!p.pdf.empty()) {
        m_by_link.emplace(match_form(p.pdf), &p);
      }
      m_by_key.emplace(p.key, &p);
    }
  }

  const Paper* find(const Paper& p) const {
    if (p.arxiv) {
      if (const auto it = m_by_arxiv.find(*p.arxiv); it != m_by_arxiv.end()) {
        return it->second;
      }
    }
    if (p.doi) {
      if (const auto it = m_by_doi.find(text::to_lower(*p.doi)); it != m_by_doi.end()) {
        return it->second;
      }
    }
    if (p.pdf.empty()) {
      // A paper without a link has nothing but its name to be known by.
      const auto it = m_by_key.find(p.key);
      return it == m_by_key.end() || !it->second->pdf.empty() ? nullptr : it->second;
    }
    const auto it = m_by_link.find(match_form(p.pdf));
    return it == m_by_link.end() ? nullptr : it->second;
  }

 private:
  std::map<std::string, const Paper*> m_by_arxiv;
  std::map<std::string, const Paper*> m_by_doi;
  std::map<std::string, const Paper*> m_by_link;
  std::map<std::string, const Paper*> m_by_key;
};

// The list's own text of a field of an entry, as a fix records it.
std::optional<std::string> listed_value(const EntryLine& fields, std::string_view field) {
  if (field == "name") {
    return fields.name;
  }
  if (field == "title") {
    return fields.title;
  }
  if (field == "venue") {
    return fields.venue;
  }
  if (field == "pdf") {
    return fields.pdf;
  }
  if (field == "code") {
    return fields.code.value_or("");
  }
  return std::nullopt;
}

void apply(Paper& p, const Fix& fix) {
  if (fix.field == "name") {
    p.name = fix.curated;
  } else if (fix.field == "title") {
    p.title = fix.curated;
  } else if (fix.field == "pdf") {
    p.pdf = fix.curated;
  } else if (fix.field == "code") {
    set_code_cell(p, fix.curated);
  } else if (fix.field == "venue") {
    p.venue = fix.curated;
    if (const auto parts = parse_venue(fix.curated); parts && parts->year) {
      p.year = *parts->year;
      p.month = parts->month;
    }
  }
}

template <typename T>
void fill(T& to, const T& from) {
  if (!to) {
    to = from;
  }
}

}  // namespace

CarryReport carry_curated(Import& fresh, const Catalog& current, std::string_view today) {
  CarryReport report;
  Catalog& catalog = fresh.catalog;
  if (catalog.source.empty()) {
    catalog.source = current.source;
  }
  if (catalog.provenance.empty()) {
    catalog.provenance = current.provenance;
  }
  for (Section& section : catalog.sections) {
    const auto curated = std::find_if(
        current.sections.begin(), current.sections.end(),
        [&](const Section& s) { return s.task == section.task && s.heading_listed == section.heading; });
    if (curated != current.sections.end()) {
      section.heading_listed = section.heading;
      section.heading = curated->heading;
      section.heading_why = curated->heading_why;
    }
  }
  const OldPapers old(current);
  for (Paper& p : catalog.papers) {
    const Paper* q = old.find(p);
    if (q == nullptr) {
      p.listed = std::string(today);
      p.listed_by = "update";
      ++report.new_papers;
      continue;
    }
    fill(p.listed, q->listed);
    fill(p.listed_by, q->listed_by);
    ++report.matched;
    if (p.authors.empty() && !q->authors.empty()) {
      p.authors = q->authors;
      ++report.with_authors;
    }
    fill(p.authors_source, q->authors_source);
    fill(p.submitted, q->submitted);
    fill(p.published, q->published);
    fill(p.doi, q->doi);
    fill(p.abstract, q->abstract);
    for (const Fix& fix : q->fixes) {
      const auto entry = std::find_if(fresh.entries.begin(), fresh.entries.end(), [&](const ListEntry& e) {
        return e.key == p.key && e.id == fix.entry;
      });
      const auto listed =
          entry == fresh.entries.end() ? std::nullopt : listed_value(entry->fields, fix.field);
      if (listed && *listed == fix.listed) {
        apply(p, fix);
        p.fixes.push_back(fix);
        ++report.fixes_kept;
        continue;
      }
      std::string why = "the list no longer has that entry";
      if (listed && *listed == fix.curated) {
        why = fmt::format("the list itself now says \"{}\"", fix.curated);
      } else if (listed) {
        why = fmt::format("the list now says \"{}\", not \"{}\"", *listed, fix.listed);
      }
      report.notes.push_back(fmt::format("dropped the curated fix of {} in entry {} of {}: {}", fix.field,
                                         fix.entry, p.key, why));
    }
  }
  return report;
}

}  // namespace mllmseg::importer
