#include "diff/diff.h"

#include <fmt/format.h>

#include <array>
#include <map>

#include "importer/links.h"
#include "util/text.h"

namespace mllmseg::diff {

namespace {

constexpr std::array<std::string_view, 17> k_fields = {
    "key",    "name",  "title", "authors", "venue", "year", "month",   "submitted", "published",
    "listed", "tasks", "arxiv", "doi",     "pdf",   "code", "project", "abstract"};

bool from_list(std::string_view field) {
  return field != "authors" && field != "submitted" && field != "published" && field != "listed" &&
         field != "doi" && field != "abstract";
}

PaperRef ref(const Paper& p) { return {p.key, p.name, p.venue, p.title}; }

// Finds each new paper's old record: by arXiv id, DOI and link first, then
// by key among those still unmatched.
std::vector<const Paper*> match(const Catalog& before, const Catalog& after) {
  std::map<std::string, const Paper*> by_identity;
  const auto identities = [](const Paper& p) {
    std::vector<std::string> ids;
    if (p.arxiv) {
      ids.push_back("arxiv:" + *p.arxiv);
    }
    if (p.doi) {
      ids.push_back("doi:" + text::to_lower(*p.doi));
    }
    if (!p.pdf.empty()) {
      ids.push_back("url:" + importer::match_form(p.pdf));
    }
    return ids;
  };
  for (const Paper& p : before.papers) {
    for (const std::string& id : identities(p)) {
      by_identity.emplace(id, &p);
    }
  }
  std::vector<const Paper*> old_of(after.papers.size(), nullptr);
  std::map<const Paper*, bool> used;
  for (std::size_t i = 0; i < after.papers.size(); ++i) {
    for (const std::string& id : identities(after.papers[i])) {
      const auto it = by_identity.find(id);
      if (it != by_identity.end() && !used[it->second]) {
        old_of[i] = it->second;
        used[it->second] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < after.papers.size(); ++i) {
    for (const Paper& p : before.papers) {
      if (old_of[i] == nullptr && !used[&p] && p.key == after.papers[i].key) {
        old_of[i] = &p;
        used[&p] = true;
      }
    }
  }
  return old_of;
}

format::OrderedJson field_of(const format::OrderedJson& paper, std::string_view field) {
  const auto it = paper.find(field);
  return it == paper.end() ? format::OrderedJson(nullptr) : *it;
}

format::OrderedJson ref_json(const PaperRef& r) {
  return format::OrderedJson{{"key", r.key}, {"name", r.name}, {"venue", r.venue}, {"title", r.title}};
}

}  // namespace

CatalogDiff compare(const Catalog& before, const Catalog& after, Fields fields) {
  CatalogDiff diff;
  diff.before = before.papers.size();
  diff.after = after.papers.size();
  const std::vector<const Paper*> old_of = match(before, after);
  std::map<const Paper*, bool> kept;
  for (std::size_t i = 0; i < after.papers.size(); ++i) {
    const Paper& p = after.papers[i];
    if (old_of[i] == nullptr) {
      diff.added.push_back(ref(p));
      continue;
    }
    kept[old_of[i]] = true;
    const format::OrderedJson a = format::paper_json(*old_of[i]);
    const format::OrderedJson b = format::paper_json(p);
    PaperChange change{p.key, p.name, {}};
    for (std::string_view field : k_fields) {
      if (fields == Fields::list && !from_list(field)) {
        continue;
      }
      format::OrderedJson x = field_of(a, field);
      format::OrderedJson y = field_of(b, field);
      if (x != y) {
        change.fields.push_back({std::string(field), std::move(x), std::move(y)});
      }
    }
    if (!change.fields.empty()) {
      diff.changed.push_back(std::move(change));
    }
  }
  for (const Paper& p : before.papers) {
    if (!kept[&p]) {
      diff.removed.push_back(ref(p));
    }
  }
  return diff;
}

namespace {

// A paper's text as one line without control characters: a catalog's title
// cannot break the report's lines or reach the terminal as escapes.
std::string ref_text(const PaperRef& r) {
  return fmt::format("{}: {} ({}) \"{}\"", text::one_line(r.key), text::one_line(r.name),
                     text::one_line(r.venue), text::one_line(r.title));
}

}  // namespace

std::string diff_text(const CatalogDiff& diff) {
  std::string out;
  for (const PaperRef& r : diff.added) {
    out += fmt::format("added {}\n", ref_text(r));
  }
  for (const PaperRef& r : diff.removed) {
    out += fmt::format("removed {}\n", ref_text(r));
  }
  for (const PaperChange& c : diff.changed) {
    out += fmt::format("changed {}: {}\n", text::one_line(c.key), text::one_line(c.name));
    for (const FieldChange& f : c.fields) {
      out += fmt::format("  {}: {} -> {}\n", f.field, format::dump(f.before, -1), format::dump(f.after, -1));
    }
  }
  const auto papers = [](std::size_t n) { return fmt::format("{} paper{}", n, n == 1 ? "" : "s"); };
  if (diff.empty()) {
    out += fmt::format("no differences ({})\n", papers(diff.after));
  } else {
    out += fmt::format("{} added, {} removed, {} changed; {} before, {} after\n", diff.added.size(),
                       diff.removed.size(), diff.changed.size(), papers(diff.before), diff.after);
  }
  return out;
}

std::span<const std::string_view> json_fields() {
  // In diff_json's order; tests/unit/json_fields_test.cc holds the two equal.
  static constexpr std::string_view k_json_fields[] = {"added", "removed", "changed", "before", "after"};
  return k_json_fields;
}

format::OrderedJson diff_json(const CatalogDiff& diff) {
  format::OrderedJson j;
  j["added"] = format::OrderedJson::array();
  for (const PaperRef& r : diff.added) {
    j["added"].push_back(ref_json(r));
  }
  j["removed"] = format::OrderedJson::array();
  for (const PaperRef& r : diff.removed) {
    j["removed"].push_back(ref_json(r));
  }
  j["changed"] = format::OrderedJson::array();
  for (const PaperChange& c : diff.changed) {
    format::OrderedJson fields = format::OrderedJson::array();
    for (const FieldChange& f : c.fields) {
      fields.push_back(format::OrderedJson{{"field", f.field}, {"old", f.before}, {"new", f.after}});
    }
    j["changed"].push_back(
        format::OrderedJson{{"key", c.key}, {"name", c.name}, {"fields", std::move(fields)}});
  }
  j["before"] = diff.before;
  j["after"] = diff.after;
  return j;
}

}  // namespace mllmseg::diff
