#include "results.h"

#include <fmt/format.h>
#include <limits>

#include "catalog/venue.h"
#include "format/stats.h"
#include "format/table.h"
#include "format/template.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

std::string unchecked_notes(const Unchecked& missed) {
  std::string notes;
  if (missed.without_authors > 0) {
    notes += fmt::format("mllmseg: note: {}\n", format::without_authors_note(missed.without_authors));
  }
  for (const std::string& name : missed.given_names) {
    notes += fmt::format(
        "mllmseg: note: no author has the family name '{0}'; '{0}*' also matches given names\n", name);
  }
  for (const std::string& series : missed.absent_venues) {
    const VenueInfo venue = venue_info(series);
    notes +=
        venue.kind == VenueKind::conference
            ? fmt::format("mllmseg: note: the catalog has no paper at {}\n", venue.full_name)
            : fmt::format("mllmseg: note: the catalog has no paper in {} ({})\n", series, venue.full_name);
  }
  if (missed.without_listed > 0) {
    notes += fmt::format("mllmseg: note: {}\n", format::without_listed_note(missed.without_listed));
  }
  return notes;
}

// " (for papers of 2024, use year:2024)" for a word that could be a year.
std::string year_hint(const std::string& word) {
  if (word.size() == 4 && word.find_first_not_of("0123456789") == std::string::npos &&
      (word.starts_with("19") || word.starts_with("20"))) {
    return fmt::format(" (for papers of {0}, use year:{0})", word);
  }
  return {};
}

}  // namespace

Answer answer_for(const Store& store, const Request& request) {
  auto answer = mllmseg::run(store, request);
  if (!answer) {
    throw Failure(answer.error());
  }
  return std::move(*answer);
}

std::string answer_notes(const Answer& answer) {
  std::string notes = unchecked_notes(answer.unchecked);
  for (const auto& id : answer.unknown) {
    notes += fmt::format("mllmseg: note: no paper has {}\n", text::one_line(describe(id)));
  }
  for (const auto& c : answer.corrections) {
    notes += fmt::format("mllmseg: note: nothing matches '{}'; searched for '{}' instead\n",
                         text::one_line(c.from), text::one_line(c.to));
  }
  for (const auto& word : answer.unmatched) {
    notes += fmt::format("mllmseg: note: nothing matches '{}', and no word of the catalog is near it{}\n",
                         text::one_line(word), year_hint(word));
  }
  return notes;
}

std::string render_results(const Store& store, std::span<const DocId> ids, const ResultView& view,
                           const Console& console, const format::Flush& flush) {
  if (view.count) {
    return fmt::format("{}\n", ids.size());
  }
  if (view.json) {
    return json_text(format::render_papers(store, ids, *view.json, flush));
  }
  if (!view.format.empty()) {
    auto tmpl = format::Template::parse(view.format);
    if (!tmpl) {
      throw Failure(fmt::format("--format: {}", tmpl.error()));
    }
    return format::render_all(*tmpl, store, ids, flush);
  }
  if (console.stdout_is_terminal || view.table) {
    format::Style style = console.style;
    if (!console.width_known) {
      style.width = std::numeric_limits<std::size_t>::max() / 2;  // a pipe to less -S: nothing cut
    }
    return ids.empty() ? std::string() : format::table(store, ids, style, view.highlight);
  }
  return format::tab_separated(store, ids, console.style, view.highlight, flush);
}

Outcome results_outcome(const Store& store, Answer answer, ResultView view, const Console& console) {
  Outcome outcome{{}, answer_notes(answer), status_for(answer.ids.size()), {}};
  outcome.stream = [&store, &console, ids = std::move(answer.ids),
                    view = std::move(view)](const format::Flush& flush) {
    return render_results(store, ids, view, console, flush);
  };
  return outcome;
}

}  // namespace mllmseg::app
