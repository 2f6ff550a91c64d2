#include "format/related.h"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "format/json.h"
#include "format/wrap.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

constexpr std::size_t k_reason_words = 6;
constexpr std::size_t k_min_title_width = 20;
constexpr std::string_view k_gap = "  ";

std::string score_text(double score) { return fmt::format("{:.2f}", score); }

// "VideoLISA contains LISA", or empty when the names are unrelated.
std::string name_clause(const Store& store, DocId of, const RelatedPaper& paper) {
  const std::string mine = text::one_line(store.name(of));
  const std::string theirs = text::one_line(store.name(paper.doc));
  switch (paper.reasons.name) {
    case NameLink::none:
      return {};
    case NameLink::same:
      return fmt::format("also named {}", theirs);
    case NameLink::contains:
      return fmt::format("{} contains {}", theirs, mine);
    case NameLink::contained:
      return fmt::format("{} contains {}", mine, theirs);
  }
  return {};
}

std::vector<std::string> task_ids(TaskSet tasks) {
  std::vector<std::string> ids;
  for (Task t : k_all_tasks) {
    if (has_task(tasks, t)) {
      ids.emplace_back(task_id(t));
    }
  }
  return ids;
}

}  // namespace

std::string related_reason(const Store& store, DocId of, const RelatedPaper& paper) {
  const RelatedReasons& r = paper.reasons;
  std::vector<std::string> clauses;
  if (!r.authors.empty()) {
    clauses.push_back(fmt::format("shares {} {}", r.authors.size() == 1 ? "author" : "authors",
                                  text::one_line(text::join(r.authors, ", "))));
  }
  if (!r.words.empty()) {
    const std::size_t shown = std::min(r.words.size(), k_reason_words);
    const std::vector<std::string> named(r.words.begin(),
                                         r.words.begin() + static_cast<std::ptrdiff_t>(shown));
    std::string clause = fmt::format("words: {}", text::one_line(text::join(named, ", ")));
    if (shown < r.words.size()) {
      clause += fmt::format(" (+{} more)", r.words.size() - shown);
    }
    clauses.push_back(std::move(clause));
  }
  if (r.tasks != 0) {
    clauses.push_back(fmt::format("tasks: {}", task_list(r.tasks, ",")));
  }
  if (std::string name = name_clause(store, of, paper); !name.empty()) {
    clauses.push_back(std::move(name));
  }
  return text::join(clauses, "; ");
}

std::string related_table(const Store& store, DocId of, std::span<const RelatedPaper> papers,
                          const Style& style) {
  if (papers.empty()) {
    return {};
  }
  struct Row {
    std::string name, venue, score, title;
  };
  std::vector<Row> rows;
  std::size_t name_width = 4;   // NAME
  std::size_t venue_width = 5;  // VENUE
  std::size_t score_width = 5;  // SCORE
  for (const RelatedPaper& r : papers) {
    Row row{text::one_line(store.name(r.doc)), text::one_line(store.venue_text(r.doc)), score_text(r.score),
            text::one_line(store.title(r.doc))};
    name_width = std::max(name_width, text::display_width(row.name));
    venue_width = std::max(venue_width, text::display_width(row.venue));
    score_width = std::max(score_width, row.score.size());
    rows.push_back(std::move(row));
  }
  const std::size_t used = name_width + venue_width + score_width + 3 * k_gap.size();
  const std::size_t title_width =
      style.width > used + k_min_title_width ? style.width - used : k_min_title_width;
  const std::size_t indent = name_width + k_gap.size();

  std::string out =
      style.paint(fmt::format("{}{}{}{}{:>{}}{}TITLE", text::pad_right("NAME", name_width), k_gap,
                              text::pad_right("VENUE", venue_width), k_gap, "SCORE", score_width, k_gap),
                  "1");
  out += '\n';
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    out += style.paint(text::pad_right(row.name, name_width), "1;36");
    out += k_gap;
    out += style.paint(text::pad_right(row.venue, venue_width), "33");
    out += k_gap;
    out += fmt::format("{:>{}}", row.score, score_width);
    out += k_gap;
    out += text::truncate(row.title, title_width, style.ellipsis());
    out += '\n';
    // Each line painted on its own, so that a pager showing part of it keeps the colour right.
    const std::string reason = wrap_hanging(related_reason(store, of, papers[i]), style.width, indent);
    std::string_view rest = reason;
    while (!rest.empty()) {
      const std::size_t end = std::min(rest.find('\n'), rest.size());
      const std::string_view line = rest.substr(0, end);
      const std::size_t spaces = std::min(line.find_first_not_of(' '), line.size());
      out.append(spaces == 0 ? indent : spaces, ' ');
      out += style.paint(line.substr(spaces), "2");
      out += '\n';
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
  }
  return out;
}

std::string related_tab_separated(const Store& store, DocId of, std::span<const RelatedPaper> papers) {
  std::string out;
  for (const RelatedPaper& r : papers) {
    const Paper& p = store.paper(r.doc);
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", p.key, text::one_line(p.name),
                       text::one_line(p.venue), task_list(p.tasks, ","),
                       p.code ? text::one_line(*p.code) : std::string(), text::one_line(p.title),
                       score_text(r.score), related_reason(store, of, r));
  }
  return out;
}

std::span<const std::string_view> related_fields() {
  static const std::vector<std::string_view> k_fields = [] {
    std::vector<std::string_view> fields(paper_fields().begin(), paper_fields().end());
    fields.insert(fields.end(), {"score", "reasons"});
    return fields;
  }();
  return k_fields;
}

OrderedJson related_json(const Store& store, DocId of, std::span<const RelatedPaper> papers) {
  OrderedJson out = OrderedJson::array();
  for (const RelatedPaper& r : papers) {
    OrderedJson paper = paper_json(store.paper(r.doc));
    paper["score"] = std::round(r.score * 100.0) / 100.0;
    const std::string name = name_clause(store, of, r);
    paper["reasons"] = OrderedJson{{"authors", r.reasons.authors},
                                   {"words", r.reasons.words},
                                   {"tasks", task_ids(r.reasons.tasks)},
                                   {"name", name.empty() ? OrderedJson(nullptr) : OrderedJson(name)}};
    out.push_back(std::move(paper));
  }
  return out;
}

}  // namespace mllmseg::format
