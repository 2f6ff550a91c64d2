#include "lint/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "catalog/venue.h"
#include "importer/links.h"
#include "importer/normalize.h"
#include "lint/checks.h"
#include "util/text.h"
#include "util/unicode.h"

namespace mllmseg::lint {

namespace {

constexpr std::array<Rule, 30> k_rules = {{
    {"section-conflict", "the same paper listed with different fields in two sections"},
    {"preprint-elsewhere", "a preprint entry whose arXiv id is also listed with a venue"},
    {"venue-spelling", "one venue spelled two ways (ICLR2025 and ICLR'25), or not as ABBR'YY or ArXiv'YYMM"},
    {"venue-year", "a venue without a year"},
    {"arxiv-month", "an ArXiv'YYMM venue whose month disagrees with the arXiv id"},
    {"proxy-link", "a link through a library proxy or an arXiv mirror instead of the publisher"},
    {"arxiv-host", "an arXiv link on www.arxiv.org or export.arxiv.org instead of arxiv.org"},
    {"missing-link", "an entry without a paper link (imported without one; --strict fails)"},
    {"empty-cell", "an entry that ends with an empty cell: a code link left out, or a stray '|'"},
    {"continued-entry", "an entry whose text runs on to the next line (read as one entry)"},
    {"hidden-entry", "entries in an HTML comment or a fenced code block (skipped, as a renderer shows none)"},
    {"name-not-in-title", "a short name that differs from the name the title starts with"},
    {"heading-typo", "a heading that differs from its entry in the Contents, whose link then leads nowhere"},
    {"html-in-title",
     "a title with text that markdown takes for an HTML tag (<SEG>), which GitHub does not show"},
    {"stray-whitespace", "a name or title with leading, trailing or doubled whitespace"},
    {"shared-name", "one short name for two different papers"},
    {"project-page", "a code link to a project page rather than a repository"},
    {"plain-http", "a link over plain http"},
    {"unsafe-link", "a javascript:, vbscript:, data: or file: link, which a browser runs or opens locally"},
    {"duplicate-paper", "two records of a catalog with the same arXiv id"},
    {"mis-encoded", "bytes that are not UTF-8, or UTF-8 once read in another encoding"},
    {"unparsed-entry", "a numbered entry that cannot be read (not imported)"},
    {"unknown-section", "a section whose heading names no task, or several (not imported)"},
    {"repeated-section", "two sections about the same task"},
    {"duplicate-entry", "a paper listed twice in one section"},
    {"entry-number", "an entry numbered out of sequence"},
    {"missing-anchor", "an entry without a <span id> anchor"},
    {"duplicate-anchor", "two entries with the same anchor id"},
    {"ignored-text", "a link or text in an entry that the catalog has no field for"},
    {"curated-fix", "a correction a catalog records to the list it came from"},
}};

void lint_papers_together(const Catalog& catalog, std::vector<Finding>& out) {
  std::vector<std::string> venues;
  for (const Paper& p : catalog.papers) {
    venues.push_back(p.venue);
  }
  const importer::SeriesForms forms(venues);
  std::map<std::string, const Paper*> by_name;
  std::map<std::string, const Paper*> by_arxiv;
  for (const Paper& p : catalog.papers) {
    if (const auto parts = parse_venue(p.venue); parts && parts->year) {
      const std::string usual = format_venue(forms.usual(parts->series), *parts->year, parts->month);
      if (usual != p.venue) {
        const auto uses = std::count_if(catalog.papers.begin(), catalog.papers.end(),
                                        [&](const Paper& q) { return q.venue == usual; });
        out.push_back({std::nullopt, p.key, "venue-spelling",
                       uses > 0 ? fmt::format("{}'s venue {} is written {} for {} other {}", p.name, p.venue,
                                              usual, uses, uses == 1 ? "paper" : "papers")
                                : fmt::format("{}'s venue {} is not written as ABBR'YY or ArXiv'YYMM ({})",
                                              p.name, p.venue, usual)});
      }
    } else {
      out.push_back(
          {std::nullopt, p.key, "venue-year", fmt::format("{}'s venue {} has no year", p.name, p.venue)});
    }
    // One name in another case, or with its accents composed otherwise
    // (NFC and NFD), is the same name to a reader.
    if (const auto [it, fresh] = by_name.emplace(text::fold_name(p.name), &p); !fresh) {
      const Paper& other = *it->second;
      out.push_back({std::nullopt, p.key, "shared-name",
                     fmt::format("{} is also the name of {} (\"{}\"){}", p.name, other.key, other.title,
                                 text::iequals(p.name, other.name)
                                     ? ""
                                     : ", the same name once accents are composed (Unicode NFC) and case "
                                       "is folded")});
    }
    if (!p.arxiv) {
      continue;
    }
    if (const auto [it, fresh] = by_arxiv.emplace(*p.arxiv, &p); !fresh) {
      const Paper& other = *it->second;
      const bool preprint = [](const Paper& q) {
        const auto parts = parse_venue(q.venue);
        return parts && is_arxiv_series(parts->series);
      }(p);
      out.push_back({std::nullopt, p.key, preprint ? "preprint-elsewhere" : "duplicate-paper",
                     fmt::format("{} ({}) has the arXiv id {} of {} ({})", p.name, p.venue, *p.arxiv,
                                 other.key, other.venue)});
    }
  }
}

}  // namespace

std::span<const Rule> rules() { return k_rules; }

std::vector<Finding> lint_catalog(const Catalog& catalog) {
  std::vector<Finding> out;
  for (const Paper& p : catalog.papers) {
    const Report report = [&](std::string_view rule, std::string message) {
      out.push_back({std::nullopt, p.key, std::string(rule), std::move(message)});
    };
    for (const auto& [field, value] :
         {std::pair<std::string_view, const std::string&>{"name", p.name}, {"title", p.title}}) {
      if (importer::collapse_whitespace(value) != value) {
        report("stray-whitespace", fmt::format("{} \"{}\" has stray whitespace", field, value));
      }
    }
    check_links(p.name, p.pdf, p.code, p.project, true, report);
    check_title_name(p.name, p.title, report);
    if (p.pdf.empty()) {
      report("missing-link", fmt::format("{} has no paper link", p.name));
    }
    check_arxiv_month(p.name, p.venue, p.arxiv, report);
    for (const Fix& fix : p.fixes) {
      report("curated-fix", fmt::format("entry {} lists {} \"{}\"; the catalog uses \"{}\". {}", fix.entry,
                                        fix.field, fix.listed, fix.curated, fix.why));
    }
  }
  lint_papers_together(catalog, out);
  TaskSet tasks = 0;
  for (const Paper& p : catalog.papers) {
    tasks |= p.tasks;
  }
  for (const Section& s : catalog.sections) {
    if (s.heading_listed && has_task(tasks, s.task)) {
      out.push_back({std::nullopt, "", "curated-fix",
                     fmt::format("the list's heading \"{}\"; the catalog uses \"{}\". {}", *s.heading_listed,
                                 s.heading, s.heading_why)});
    }
  }
  std::vector<std::string> order;
  for (const Paper& p : catalog.papers) {
    order.push_back(p.key);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Finding& a, const Finding& b) {
    return std::find(order.begin(), order.end(), a.key) < std::find(order.begin(), order.end(), b.key);
  });
  return out;
}

std::vector<Finding> lint_list(const importer::Import& list) {
  std::vector<Finding> out;
  for (const importer::Diagnostic& d : list.diagnostics) {
    out.push_back({d.line, d.key, d.rule, d.message});
  }
  for (const importer::ListEntry& e : list.entries) {
    if (e.key.empty()) {
      continue;  // not imported, and reported as such
    }
    const Report report = [&](std::string_view rule, std::string message) {
      out.push_back({e.line, e.key, std::string(rule), std::move(message)});
    };
    const std::string name = importer::collapse_whitespace(e.fields.name);
    check_links(name, e.fields.pdf, e.fields.code, std::nullopt, false, report);
    check_title_name(name, importer::collapse_whitespace(e.fields.title), report);
    check_title_markup(name, e.fields.title, report);
    if (e.fields.after_links && e.fields.after_links->find('|') != std::string::npos) {
      report("empty-cell", fmt::format("{}'s entry ends with an empty cell (\"{}\"): a code link left out, "
                                       "or a stray '|'",
                                       name, *e.fields.after_links));
    }
    const auto real = importer::unwrap(e.fields.pdf);
    check_arxiv_month(name, e.fields.venue, importer::arxiv_id(real ? real->url : e.fields.pdf), report);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.line < b.line; });
  return out;
}

}  // namespace mllmseg::lint
