#include "query/stats.h"

#include <algorithm>
#include <map>
#include <string>

namespace mllmseg {

namespace {

// The months from the first to the last key of counts, each with its count
// (0 for a month no paper joined in), so that a chart shows the gaps.
std::vector<Count> every_month(const std::map<std::string, std::size_t>& counts) {
  std::vector<Count> out;
  if (counts.empty()) {
    return out;
  }
  const auto parse = [](const std::string& month) {
    return std::pair(std::stoi(month.substr(0, 4)), std::stoi(month.substr(5, 2)));
  };
  auto [year, month] = parse(counts.begin()->first);
  const auto last = parse(counts.rbegin()->first);
  while (std::pair(year, month) <= last) {
    std::string label = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
    const auto it = counts.find(label);
    out.push_back({std::move(label), it == counts.end() ? 0 : it->second});
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return out;
}

}  // namespace

Stats count_papers(const Store& store, std::span<const DocId> ids) {
  Stats stats;
  stats.papers = ids.size();
  std::map<int, std::size_t> years;
  std::vector<std::size_t> series(store.series_names().size(), 0);
  std::size_t tasks[std::size(k_all_tasks)] = {};
  std::size_t with_code = 0;
  std::vector<Count> authors;  // in order of first appearance
  std::map<std::string, std::size_t, std::less<>> author_index;
  std::map<std::string, std::size_t> months;  // "YYYY-MM"
  for (DocId id : ids) {
    const Paper& p = store.paper(id);
    stats.without_authors += p.authors.empty() ? 1U : 0U;
    if (p.listed) {
      ++months[p.listed->substr(0, 7)];
    } else {
      ++stats.without_listed;
    }
    for (const auto& name : p.authors) {
      const auto [it, inserted] = author_index.emplace(name, authors.size());
      if (inserted) {
        authors.push_back({name, 0});
      }
      ++authors[it->second].papers;
    }
    ++years[p.year];
    const auto& names = store.series_names();
    const auto at = std::find(names.begin(), names.end(), store.series_of(id));
    ++series[static_cast<std::size_t>(at - names.begin())];
    for (std::size_t t = 0; t < std::size(k_all_tasks); ++t) {
      tasks[t] += has_task(p.tasks, k_all_tasks[t]) ? 1U : 0U;
    }
    with_code += p.code ? 1U : 0U;
  }
  for (const auto& [year, papers] : years) {
    stats.by_year.push_back({std::to_string(year), papers});
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    if (series[s] > 0) {
      stats.by_venue.push_back({store.series_names()[s], series[s]});
    }
  }
  std::stable_sort(stats.by_venue.begin(), stats.by_venue.end(),
                   [](const Count& a, const Count& b) { return a.papers > b.papers; });
  for (std::size_t t = 0; t < std::size(k_all_tasks); ++t) {
    stats.by_task.push_back({std::string(task_id(k_all_tasks[t])), tasks[t]});
  }
  stats.by_code.push_back({"with code", with_code});
  stats.by_code.push_back({"without code", ids.size() - with_code});
  std::stable_sort(authors.begin(), authors.end(),
                   [](const Count& a, const Count& b) { return a.papers > b.papers; });
  authors.resize(std::min(authors.size(), k_top_authors));
  stats.by_author = std::move(authors);
  stats.by_listed = every_month(months);
  return stats;
}

}  // namespace mllmseg
