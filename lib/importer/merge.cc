#include "importer/merge.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "catalog/key.h"
#include "importer/links.h"
#include "importer/normalize.h"
#include "util/unicode.h"

namespace mllmseg::importer {

namespace {

struct Copy {
  ListEntry* entry;
  const EntryValues* values;
};

std::string shown(const std::optional<std::string>& value) { return value ? *value : "no link"; }

class PaperBuilder {
 public:
  PaperBuilder(const std::vector<Copy>& copies, std::vector<Diagnostic>& diagnostics)
      : m_copies(copies), m_diagnostics(diagnostics) {}

  Paper build() {
    const EntryValues& first = *m_copies.front().values;
    Paper p;
    p.name = first.name;
    p.title = first.title;
    p.arxiv = first.arxiv;
    p.doi = first.doi;
    p.pdf = first.pdf;
    choose_venue(p);
    choose_code(p);
    for (const Copy& c : m_copies) {
      p.tasks |= task_bit(c.entry->task);
      p.entries.push_back(Entry{c.entry->task, c.entry->number, c.entry->id, c.entry->fields.after_title,
                                c.entry->fields.after_links});
      conflict(c, "name", c.values->name, first.name, 0);
      conflict(c, "title", c.values->title, first.title, 0);
      conflict(c, "pdf", c.values->pdf, first.pdf, 0);
    }
    return p;
  }

 private:
  // Reports a copy whose value differs from the one the record took (from the
  // copy at line chosen_line, the first copy when 0).
  void conflict(const Copy& c, std::string_view field, const std::string& value, const std::string& chosen,
                int chosen_line) {
    if (value == chosen) {
      return;
    }
    const int line = chosen_line == 0 ? m_copies.front().entry->line : chosen_line;
    m_diagnostics.push_back({c.entry->line,
                             {},
                             "section-conflict",
                             fmt::format("{} has {} {} here but {} at line {}, which the catalog uses",
                                         m_copies.front().values->name, field, value, chosen, line),
                             false});
  }

  // A published venue wins over a preprint's; otherwise the first copy's.
  void choose_venue(Paper& p) {
    const Copy* chosen = &m_copies.front();
    for (const Copy& c : m_copies) {
      if (!c.values->preprint) {
        chosen = &c;
        break;
      }
    }
    const EntryValues& v = *chosen->values;
    p.venue = v.venue;
    p.year = v.year;
    p.month = v.month;
    for (const Copy& c : m_copies) {
      if (c.values->venue == v.venue) {
        continue;
      }
      if (c.values->preprint && !v.preprint) {
        m_diagnostics.push_back(
            {c.entry->line,
             {},
             "preprint-elsewhere",
             fmt::format("{} is listed as a preprint ({}) here but as {} at line {}, which the "
                         "catalog uses",
                         v.name, c.values->venue, v.venue, chosen->entry->line),
             false});
      } else {
        conflict(c, "venue", c.values->venue, v.venue, chosen->entry->line);
      }
    }
  }

  // The first code link any copy gives.
  void choose_code(Paper& p) {
    const Copy* chosen = nullptr;
    for (const Copy& c : m_copies) {
      if (c.values->code) {
        chosen = &c;
        break;
      }
    }
    if (chosen == nullptr) {
      return;
    }
    const std::string& link = *chosen->values->code;
    for (const Copy& c : m_copies) {
      if (c.values->code != link) {
        conflict(c, "code", shown(c.values->code), link, chosen->entry->line);
      }
    }
    set_code_cell(p, link);
  }

  const std::vector<Copy>& m_copies;
  std::vector<Diagnostic>& m_diagnostics;
};

// A key for name no paper has yet: its slug, else the slug with -2, -3 ...
std::string unique_key(const Paper& p, int line,
                       const std::map<std::string, std::pair<const Paper*, int>>& taken,
                       std::vector<Diagnostic>& diagnostics) {
  std::string base = slug(p.name);
  if (base.empty()) {
    base = "paper";
  }
  const auto clash = taken.find(base);
  if (clash == taken.end()) {
    return base;
  }
  std::string key;
  for (int n = 2; key.empty() || taken.count(key) > 0; ++n) {
    key = fmt::format("{}-{}", base, n);
  }
  const auto& [other, other_line] = clash->second;
  diagnostics.push_back(
      {line,
       {},
       "shared-name",
       other->name == p.name
           ? fmt::format(
                 "name {} is also used by a different paper at line {} (\"{}\"); this one gets key {}",
                 p.name, other_line, other->title, key)
           : fmt::format("name {} gives the same key as {} at line {}; this one gets key {}", p.name,
                         other->name, other_line, key),
       false});
  return key;
}

// A name that is an earlier paper's once accents are composed and case is
// folded (NFC "Café" and NFD "Cafe\u0301"), though the two keys differ: as
// much a shared name as one in another case, which unique_key reports.
void check_same_name(const Paper& p, int line, std::map<std::string, std::pair<const Paper*, int>>& names,
                     std::vector<Diagnostic>& diagnostics) {
  const auto [it, fresh] = names.emplace(text::fold_name(p.name), std::pair(&p, line));
  const auto& [other, other_line] = it->second;
  if (fresh || slug(other->name) == slug(p.name)) {
    return;
  }
  diagnostics.push_back(
      {line,
       {},
       "shared-name",
       fmt::format(
           "name {} is also used by a different paper at line {} (\"{}\"), the same name once accents "
           "are composed (Unicode NFC) and case is folded; this one gets key {}",
           p.name, other_line, other->title, p.key),
       false});
}

}  // namespace

void set_code_cell(Paper& p, const std::optional<std::string>& link) {
  p.code.reset();
  p.project.reset();
  if (link) {
    (is_repository(*link) ? p.code : p.project) = *link;
  }
}

std::vector<Paper> merge_entries(std::vector<ListEntry>& entries, const std::vector<Section>& sections,
                                 std::vector<Diagnostic>& diagnostics) {
  const std::vector<EntryValues> values = normalize_entries(entries, diagnostics);
  // The catalog's order: section by section as the catalog lists its
  // sections (a task's second section after its first), in list order
  // within each; the markdown export writes them so.
  std::map<Task, std::size_t> section_of;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    section_of.emplace(sections[s].task, s);
  }
  std::vector<std::size_t> order(entries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return section_of[entries[a].task] < section_of[entries[b].task];
  });

  std::vector<std::vector<Copy>> groups;
  std::unordered_map<std::string, std::size_t> group_of;
  std::map<Task, int> numbers;
  std::vector<std::pair<ListEntry*, std::size_t>> repeats;  // entries left out, and their paper's group
  for (std::size_t i : order) {
    ListEntry& entry = entries[i];
    const auto [it, inserted] = group_of.emplace(values[i].identity, groups.size());
    if (inserted) {
      groups.emplace_back();
    }
    std::vector<Copy>& copies = groups[it->second];
    const auto same_section = std::find_if(copies.begin(), copies.end(),
                                           [&](const Copy& c) { return c.entry->task == entry.task; });
    if (same_section != copies.end()) {
      diagnostics.push_back(
          {entry.line,
           {},
           "duplicate-entry",
           fmt::format("{} is listed again in its section (first at line {}); the catalog keeps "
                       "the first",
                       values[i].name, same_section->entry->line),
           false});
      repeats.emplace_back(&entry, it->second);
      continue;
    }
    entry.number = ++numbers[entry.task];
    copies.push_back({&entry, &values[i]});
  }

  std::vector<Paper> papers;
  std::map<std::string, std::pair<const Paper*, int>> taken;
  std::map<std::string, std::pair<const Paper*, int>> names;  // by fold_name
  std::map<int, std::string> key_of_line;
  papers.reserve(groups.size());
  for (const auto& copies : groups) {
    Paper p = PaperBuilder(copies, diagnostics).build();
    const int line = copies.front().entry->line;
    p.key = unique_key(p, line, taken, diagnostics);
    papers.push_back(std::move(p));
    taken[papers.back().key] = {&papers.back(), line};
    check_same_name(papers.back(), line, names, diagnostics);
    for (const Copy& c : copies) {
      c.entry->key = papers.back().key;
      key_of_line[c.entry->line] = papers.back().key;
    }
  }
  for (const auto& [entry, group] : repeats) {
    entry->key = papers[group].key;
    key_of_line[entry->line] = entry->key;
  }
  for (Diagnostic& d : diagnostics) {
    if (const auto it = key_of_line.find(d.line); it != key_of_line.end() && d.key.empty()) {
      d.key = it->second;
    }
  }
  return papers;
}

}  // namespace mllmseg::importer
