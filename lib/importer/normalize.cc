#include "importer/normalize.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "catalog/venue.h"
#include "importer/links.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

struct Reporter {
  std::vector<Diagnostic>& out;
  const ListEntry& entry;

  void operator()(std::string rule, std::string message, bool dropped = false) const {
    out.push_back({entry.line, {}, std::move(rule), std::move(message), dropped});
  }
};

std::string link_through(std::string_view field, const std::string& url, const Reporter& report) {
  if (const auto canonical = on_arxiv_org(url)) {
    report("arxiv-host",
           fmt::format("{} link {} is not on arxiv.org itself; the catalog uses {}", field, url, *canonical));
    return link_form(*canonical);
  }
  const auto real = unwrap(url);
  if (!real) {
    return url;
  }
  report("proxy-link", fmt::format("{} link {} goes through the {} {}; the catalog uses {}", field, url,
                                   real->mirror ? "arXiv mirror" : "library proxy", real->via, real->url));
  return link_form(real->url);
}

void set_venue(EntryValues& v, std::string_view listed, const SeriesForms& spellings,
               const std::vector<ListEntry>& entries, const Reporter& report) {
  const auto parts = parse_venue(listed);
  if (parts && parts->year) {
    // 'YY stands for 2000-2099 only; other years keep the list's form.
    const bool two_digits = *parts->year >= 2000 && *parts->year <= 2099;
    v.venue = two_digits ? format_venue(spellings.usual(parts->series), *parts->year, parts->month)
                         : std::string(text::trim(listed));
    v.year = *parts->year;
    v.month = parts->month;
    v.preprint = is_arxiv_series(parts->series);
    if (v.venue != listed) {
      const auto uses = std::count_if(entries.begin(), entries.end(),
                                      [&](const ListEntry& e) { return e.fields.venue == v.venue; });
      report("venue-spelling",
             uses > 0 ? fmt::format("venue {} is written {} in {} other {}; the catalog uses {}", listed,
                                    v.venue, uses, uses == 1 ? "entry" : "entries", v.venue)
                      : fmt::format(
                            "venue {} is not in the list's form (ABBR'YY, ArXiv'YYMM); the catalog uses {}",
                            listed, v.venue));
    }
    return;
  }
  if (!v.arxiv) {  // parse_list reads no such entry
    v.venue = std::string(listed);
    return;
  }
  v.year = 2000 + std::stoi(v.arxiv->substr(0, 2));
  const int month = std::stoi(v.arxiv->substr(2, 2));
  if (!parts || is_arxiv_series(parts->series)) {
    v.venue = format_venue(spellings.usual(parts ? parts->series : "ArXiv"), v.year, month);
    v.month = month;
    v.preprint = true;
  } else {
    v.venue = std::string(listed);
  }
  report("venue-year", fmt::format("venue {} has no year; the catalog uses {} ({}) from the arXiv id {}",
                                   listed, v.venue, v.year, *v.arxiv));
}

}  // namespace

SeriesForms::SeriesForms(const std::vector<std::string>& venues) {
  std::map<std::string, std::vector<std::pair<std::string, int>>> counts;
  for (const std::string& venue : venues) {
    if (const auto parts = parse_venue(venue)) {
      auto& spellings = counts[text::to_lower(parts->series)];
      const auto it = std::find_if(spellings.begin(), spellings.end(),
                                   [&](const auto& s) { return s.first == parts->series; });
      if (it == spellings.end()) {
        spellings.emplace_back(parts->series, 1);
      } else {
        ++it->second;
      }
    }
  }
  for (const auto& [lower, spellings] : counts) {
    const auto* best = &spellings.front();
    for (const auto& s : spellings) {
      best = s.second > best->second ? &s : best;
    }
    m_usual[lower] = best->first;
  }
}

std::string SeriesForms::usual(const std::string& series) const {
  const auto it = m_usual.find(text::to_lower(series));
  return it == m_usual.end() ? series : it->second;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : text::trim(s)) {
    if (c == ' ' || c == '\t') {
      space = true;
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

std::vector<EntryValues> normalize_entries(const std::vector<ListEntry>& entries,
                                           std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> venues;
  for (const ListEntry& e : entries) {
    venues.push_back(e.fields.venue);
  }
  const SeriesForms spellings(venues);
  std::vector<EntryValues> out;
  out.reserve(entries.size());
  for (const ListEntry& e : entries) {
    const Reporter report{diagnostics, e};
    EntryValues v;
    v.name = collapse_whitespace(e.fields.name);
    if (v.name != e.fields.name) {
      report("stray-whitespace",
             fmt::format("name \"{}\" has stray whitespace; the catalog uses \"{}\"", e.fields.name, v.name));
    }
    v.title = collapse_whitespace(e.fields.title);
    if (v.title != e.fields.title) {
      report("stray-whitespace", fmt::format("title \"{}\" has stray whitespace; the catalog uses \"{}\"",
                                             e.fields.title, v.title));
    }
    if (!e.fields.pdf.empty()) {
      v.pdf = link_through("pdf", std::string(text::trim(e.fields.pdf)), report);
    } else {
      report("missing-link", e.fields.code
                                 ? fmt::format("{} has no paper link; the catalog has none", v.name)
                                 : fmt::format("{} has no link at all; the catalog has none", v.name));
    }
    if (e.fields.code) {
      v.code = link_through("code", std::string(text::trim(*e.fields.code)), report);
    }
    v.arxiv = arxiv_id(v.pdf);
    v.doi = v.arxiv ? std::nullopt : doi_of(v.pdf);
    set_venue(v, e.fields.venue, spellings, entries, report);
    // Without a link, the title is all that tells two copies of a paper
    // from two papers.
    v.identity = v.arxiv         ? "arxiv:" + *v.arxiv
                 : v.doi         ? "doi:" + text::to_lower(*v.doi)
                 : v.pdf.empty() ? "title:" + text::to_lower(v.title)
                                 : "url:" + match_form(v.pdf);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace mllmseg::importer
