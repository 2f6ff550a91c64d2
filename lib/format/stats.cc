#include "format/stats.h"

#include <fmt/format.h>
#include <algorithm>
#include <vector>

#include "format/chart.h"
#include "format/json.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

std::vector<Bar> bars_of(const std::vector<Count>& counts) {
  std::vector<Bar> bars;
  bars.reserve(counts.size());
  for (const Count& c : counts) {
    bars.push_back({text::one_line(c.label), c.papers});
  }
  return bars;
}

OrderedJson counts_json(const std::vector<Count>& counts, std::string_view name, bool numeric) {
  OrderedJson out = OrderedJson::array();
  for (const Count& c : counts) {
    OrderedJson entry;
    if (numeric) {
      entry[name] = std::stoi(c.label);
    } else {
      entry[name] = c.label;
    }
    entry["papers"] = c.papers;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

std::string without_authors_note(std::size_t papers) {
  return fmt::format("{} {} no authors and {} not looked at; mllmseg enrich fills them in", papers,
                     papers == 1 ? "paper has" : "papers have", papers == 1 ? "was" : "were");
}

std::string without_listed_note(std::size_t papers) {
  return fmt::format("{} {} no listed date and {} not looked at", papers,
                     papers == 1 ? "paper has" : "papers have", papers == 1 ? "was" : "were");
}

std::string stats_charts(const Stats& stats, const Style& style) {
  const std::pair<std::string_view, const std::vector<Count>*> charts[] = {
      {"By year", &stats.by_year},
      {"By venue", &stats.by_venue},
      {"By task", &stats.by_task},
      {"Code", &stats.by_code},
      {"Most frequent authors", &stats.by_author},
      {"Joined the list, by month", &stats.by_listed},
  };
  // Authors of one paper each would be an arbitrary ten: the chart says
  // something only when one author has more papers (the JSON keeps them).
  const auto shown = [&stats](const std::vector<Count>* counts) {
    return !counts->empty() &&
           (counts != &stats.by_author ||
            std::any_of(counts->begin(), counts->end(), [](const Count& c) { return c.papers > 1; }));
  };
  ChartLayout layout;
  layout.total = stats.papers;
  for (const auto& [title, counts] : charts) {
    if (!shown(counts)) {
      continue;
    }
    for (const Count& c : *counts) {
      layout.label_width = std::max(layout.label_width, text::display_width(c.label));
    }
  }
  std::string out = fmt::format("{} {}\n", stats.papers, stats.papers == 1 ? "paper" : "papers");
  for (const auto& [title, counts] : charts) {
    if (!shown(counts)) {
      continue;  // no authors in the catalog, or none with two papers
    }
    out += '\n';
    out += bar_chart(title, bars_of(*counts), layout, style);
    if (counts == &stats.by_author && stats.without_authors > 0) {
      out += fmt::format("  ({})\n", without_authors_note(stats.without_authors));
    }
    if (counts == &stats.by_listed && stats.without_listed > 0) {
      out += fmt::format("  ({} {} no listed date)\n", stats.without_listed,
                         stats.without_listed == 1 ? "paper has" : "papers have");
    }
  }
  return out;
}

std::span<const std::string_view> stats_fields() {
  // In stats_json's order; tests/unit/json_fields_test.cc holds the two equal.
  static constexpr std::string_view k_fields[] = {
      "papers", "years", "venues", "tasks", "code", "authors", "without_authors", "listed", "without_listed"};
  return k_fields;
}

OrderedJson stats_json(const Stats& stats) {
  OrderedJson j;
  j["papers"] = stats.papers;
  j["years"] = counts_json(stats.by_year, "year", true);
  j["venues"] = counts_json(stats.by_venue, "venue", false);
  j["tasks"] = counts_json(stats.by_task, "task", false);
  j["code"] = {{"with", stats.by_code.at(0).papers}, {"without", stats.by_code.at(1).papers}};
  j["authors"] = counts_json(stats.by_author, "author", false);
  j["without_authors"] = stats.without_authors;
  j["listed"] = counts_json(stats.by_listed, "month", false);
  j["without_listed"] = stats.without_listed;
  return j;
}

}  // namespace mllmseg::format
