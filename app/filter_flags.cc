#include "filter_flags.h"

#include <fmt/format.h>
#include <charconv>

#include "context.h"
#include "format/stats.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

template <typename T>
T value_or_fail(Result<T> result, std::string_view flag) {
  if (!result) {
    throw Failure(fmt::format("{}: {}", flag, result.error()));
  }
  return std::move(*result);
}

}  // namespace

void add_filter_flags(CLI::App& command, FilterFlags& flags) {
  command
      .add_option("--task", flags.tasks,
                  "Only papers of this task: res, ovss, video, image (res and ovss), or an alias such as "
                  "referring, open-vocabulary; repeat to allow several")
      ->type_name("TASK")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->group("Filters");
  command
      .add_option("--venue", flags.venues,
                  "Only papers of this venue: a series (NeurIPS, arxiv) or series and year (NeurIPS'24, "
                  "\"NeurIPS 2024\", neurips24, ICLR2025); case-insensitive; repeat to allow several")
      ->type_name("VENUE")
      ->allow_extra_args(false)
      ->group("Filters");
  command
      .add_option("--year", flags.years,
                  "Only papers of these years: 2024, 2024..2025, 2025.. or ..2024; repeat to allow several")
      ->type_name("YEARS")
      ->allow_extra_args(false)
      ->group("Filters");
  command
      .add_option("--author", flags.authors,
                  "Only papers by this author: a family name, a full name or a prefix (jia, \"Jiaya Jia\"); "
                  "any case, accents optional; repeat to allow several")
      ->type_name("NAME")
      ->allow_extra_args(false)
      ->group("Filters");
  command
      .add_option("--listed", flags.listed,
                  "Only papers that joined the list in these days: 2025, 2025-10, 2025-10.., "
                  "2025-06..2025-09 (a year or month means all of it); repeat to allow several")
      ->type_name("DATES")
      ->allow_extra_args(false)
      ->group("Filters");
  auto* has_code =
      command.add_flag("--has-code", flags.has_code, "Only papers with a code link")->group("Filters");
  command.add_flag("--no-code", flags.no_code, "Only papers without a code link")
      ->excludes(has_code)
      ->group("Filters");
}

namespace {

// "Order results by list, year, venue, name or listed (default: list)";
// relevance only where it is the default, in search.
std::string sort_help(std::string_view default_sort) {
  std::vector<std::string> keys;
  for (std::string_view key : sort_key_names()) {
    if (key != "relevance" || default_sort == "relevance") {
      keys.emplace_back(key);
    }
  }
  const std::string last = keys.back();
  keys.pop_back();
  return fmt::format("Order results by {} or {} (default: {})", text::join(keys, ", "), last, default_sort);
}

}  // namespace

void add_order_flags(CLI::App& command, OrderFlags& flags, std::string_view default_sort) {
  command.add_option("--sort", flags.sort, sort_help(default_sort))->type_name("KEY")->group("Output");
  command.add_flag("--reverse", flags.reverse, "Reverse the order")->group("Output");
  command.add_option("--limit", flags.limit, "Print at most N papers")->type_name("N")->group("Output");
}

Filter to_filter(const FilterFlags& flags, const Store& store) {
  Filter filter;
  for (const auto& task : flags.tasks) {
    filter.tasks |= value_or_fail(parse_task_filter(task), "--task");
  }
  for (const auto& venue : flags.venues) {
    filter.venues.push_back(value_or_fail(parse_venue_filter(venue, store), "--venue"));
  }
  for (const auto& year : flags.years) {
    filter.years.push_back(value_or_fail(parse_year_range(year), "--year"));
  }
  for (const auto& author : flags.authors) {
    filter.authors.push_back(value_or_fail(parse_author_filter(author), "--author"));
  }
  for (const auto& listed : flags.listed) {
    filter.listed.push_back(value_or_fail(date::parse_range(listed), "--listed"));
  }
  if (flags.has_code || flags.no_code) {
    filter.has_code = flags.has_code;
  }
  return filter;
}

std::string unchecked_notes(const Store& store, std::span<const Filter> filters) {
  const Unchecked missed = unchecked(store, filters);
  std::string notes;
  if (missed.without_authors > 0) {
    notes += fmt::format("mllmseg: note: {}\n", format::without_authors_note(missed.without_authors));
  }
  if (missed.without_listed > 0) {
    notes += fmt::format(
        "mllmseg: note: {} no listed date and {} not looked at\n",
        missed.without_listed == 1 ? "1 paper has" : fmt::format("{} papers have", missed.without_listed),
        missed.without_listed == 1 ? "was" : "were");
  }
  return notes;
}

void apply_order(const OrderFlags& flags, SortKey default_key, const Store& store, std::vector<DocId>& ids) {
  const SortKey key = flags.sort.empty() ? default_key : value_or_fail(parse_sort_key(flags.sort), "--sort");
  sort_ids(store, ids, key, flags.reverse);
  if (flags.limit.empty()) {
    return;
  }
  std::size_t limit = 0;
  const char* end = flags.limit.data() + flags.limit.size();
  const auto parsed = std::from_chars(flags.limit.data(), end, limit);
  if (parsed.ec != std::errc() || parsed.ptr != end || limit == 0) {
    throw Failure(fmt::format("--limit: expected a whole number above 0, found '{}'", flags.limit));
  }
  if (ids.size() > limit) {
    ids.resize(limit);
  }
}

}  // namespace mllmseg::app
