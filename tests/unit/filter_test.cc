#include "query/filter.h"

#include <gtest/gtest.h>

#include <limits>

#include "test_support.h"

namespace mllmseg {
namespace {

using test::k_ovss;
using test::k_res;
using test::k_video;
using Keys = std::vector<std::string>;

constexpr int k_min = std::numeric_limits<int>::min();
constexpr int k_max = std::numeric_limits<int>::max();

std::string range_text(std::string_view value) {
  auto r = parse_year_range(value);
  if (!r) {
    return "error: " + r.error();
  }
  return std::to_string(r->lo) + ".." + std::to_string(r->hi);
}

std::string venue_text(std::string_view value, const Store& store) {
  auto v = parse_venue_filter(value, store);
  if (!v) {
    return "error: " + v.error();
  }
  return v->series + "|" + (v->year ? std::to_string(*v->year) : "-") + "|" +
         (v->month ? std::to_string(*v->month) : "-");
}

VenueFilter venue(std::string_view value) {
  auto v = parse_venue_filter(value, test::real_store());
  EXPECT_TRUE(v.ok()) << value;
  return v.ok() ? *v : VenueFilter{};
}

// What filter selects from the March 2025 list: the filters' answers on a
// catalog that does not grow.
Keys selected(const Filter& filter) {
  const Store& store = test::seed_store();
  return test::keys_of(store, select(store, filter).take());
}

Keys selected_now(const Filter& filter) {
  const Store& store = test::real_store();
  return test::keys_of(store, select(store, filter).take());
}

// --- parse_year_range ------------------------------------------------------------

TEST(ParseYearRange, SingleYear) { EXPECT_EQ("2024..2024", range_text("2024")); }

TEST(ParseYearRange, ClosedRange) { EXPECT_EQ("2024..2025", range_text("2024..2025")); }

TEST(ParseYearRange, OpenRanges) {
  EXPECT_EQ("2025.." + std::to_string(k_max), range_text("2025.."));
  EXPECT_EQ(std::to_string(k_min) + "..2024", range_text("..2024"));
}

TEST(ParseYearRange, TrimsSpace) { EXPECT_EQ("2024..2024", range_text(" 2024 ")); }

TEST(ParseYearRange, InvalidYear) {
  EXPECT_EQ("error: invalid year '20x4' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", range_text("20x4"));
  EXPECT_EQ("error: invalid year '24' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", range_text("24"));
  EXPECT_EQ("error: invalid year '' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", range_text(""));
  EXPECT_EQ("error: invalid year '2024..25' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)",
            range_text("2024..25"));
  EXPECT_EQ("error: invalid year '2024...2025' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)",
            range_text("2024...2025"));
}

TEST(ParseYearRange, NegativeNumberIsNotAYear) {
  EXPECT_EQ("error: invalid year '-202' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", range_text("-202"));
  EXPECT_EQ("error: invalid year '..-202' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)",
            range_text("..-202"));
}

TEST(ParseYearRange, DotsAlone) {
  EXPECT_EQ("error: invalid year '..' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)", range_text(".."));
}

TEST(ParseYearRange, EmptyRange) {
  EXPECT_EQ("error: empty year range '2025..2024': 2025 is after 2024", range_text("2025..2024"));
}

// --- parse_venue_filter ------------------------------------------------------------

TEST(ParseVenueFilter, KnownSeriesInAnyCaseTakesTheCatalogSpelling) {
  const Store& store = test::real_store();
  EXPECT_EQ("NeurIPS|-|-", venue_text("NeurIPS", store));
  EXPECT_EQ("NeurIPS|-|-", venue_text("neurips", store));
  EXPECT_EQ("NeurIPS|2024|-", venue_text("NEURIPS'24", store));
  EXPECT_EQ("NeurIPS|2024|-", venue_text("NeurIPS 2024", store));
  EXPECT_EQ("ICLR|2025|-", venue_text("iclr2025", store));
  EXPECT_EQ("ArXiv|-|-", venue_text("arxiv", store));
  EXPECT_EQ("ArXiv|2024|3", venue_text("ArXiv'2403", store));
}

TEST(ParseVenueFilter, UnknownSeriesSuggestsTheClosest) {
  const Store& store = test::real_store();
  EXPECT_EQ("error: unknown venue 'NeurIP'; did you mean 'NeurIPS'?", venue_text("NeurIP'24", store));
  EXPECT_EQ("error: unknown venue 'cvp'; did you mean 'CVPR'?", venue_text("cvp", store));
}

TEST(ParseVenueFilter, UnknownSeriesWithNothingCloseListsKnownOnes) {
  EXPECT_EQ(
      "error: unknown venue 'Nature' (known: CVPR, ICML, ECCV, NeurIPS, WACV, ArXiv, ICLR, ICCV, ACL, IJCV)",
      venue_text("Nature", test::real_store()));
}

TEST(ParseVenueFilter, OldNamesOfAVenueFindIt) {
  EXPECT_EQ("NeurIPS|2024|-", venue_text("NIPS'24", test::real_store()));
  EXPECT_EQ("NeurIPS|2024|-", venue_text("nips2024", test::real_store()));
}

// AAAI is a venue of the field with no paper in the catalog: no typing error,
// a filter that matches nothing, and a note.
TEST(ParseVenueFilter, AVenueOfTheFieldWithNoPaperMatchesNone) {
  const Store& store = test::real_store();
  EXPECT_EQ("AAAI|2025|-", venue_text("aaai'25", store));
  EXPECT_EQ("MM|-|-", venue_text("ACM MM", store));
  Filter filter;
  filter.venues.push_back(*parse_venue_filter("aaai", store));
  filter.venues.push_back(*parse_venue_filter("CVPR", store));
  EXPECT_EQ(std::vector<std::string>{"AAAI"},
            unchecked(store, std::span<const Filter>(&filter, 1)).absent_venues);
  filter.venues.erase(filter.venues.begin() + 1);
  EXPECT_TRUE(select(store, filter).ids().empty());
}

TEST(ParseVenueFilter, TextOfAnotherShape) {
  EXPECT_EQ(
      "error: invalid venue '2024' (expected a series such as NeurIPS, or a series and year such as "
      "NeurIPS'24)",
      venue_text("2024", test::real_store()));
}

// --- parse_yes_no --------------------------------------------------------------------

TEST(ParseYesNo, AcceptsUsualSpellings) {
  for (const char* yes : {"yes", "y", "true", "1", "YES", " Yes "}) {
    auto v = parse_yes_no(yes);
    ASSERT_TRUE(v.ok()) << yes;
    EXPECT_TRUE(*v) << yes;
  }
  for (const char* no : {"no", "n", "false", "0", "No", "FALSE"}) {
    auto v = parse_yes_no(no);
    ASSERT_TRUE(v.ok()) << no;
    EXPECT_FALSE(*v) << no;
  }
}

TEST(ParseYesNo, RejectsAnythingElse) {
  auto v = parse_yes_no("maybe");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ("invalid value 'maybe' (expected yes or no)", v.error());
  auto empty = parse_yes_no("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ("invalid value '' (expected yes or no)", empty.error());
}

// --- select ------------------------------------------------------------------------------

TEST(Select, EmptyFilterGivesEveryPaper) {
  const Filter filter;
  EXPECT_TRUE(filter.empty());
  EXPECT_EQ(test::real_store().all(), select(test::real_store(), filter).take());
}

TEST(Select, TaskAndVenueGiveVitronAndVideoLisa) {
  Filter filter;
  filter.tasks = k_video;
  filter.venues.push_back(venue("NeurIPS'24"));
  EXPECT_FALSE(filter.empty());
  EXPECT_EQ((Keys{"vitron", "videolisa"}), selected(filter));
}

TEST(Select, TasksOrTogether) {
  Filter filter;
  filter.tasks = k_ovss | k_video;
  EXPECT_EQ((Keys{"psalm", "visa", "vitron", "lasagna", "hyperseg", "instructseg", "text4seg", "sa2va",
                  "himtok", "llmformer", "videolisa", "villa", "vrs-hq"}),
            selected(filter));
}

TEST(Select, VenuesOrTogether) {
  Filter filter;
  filter.venues = {venue("IJCV"), venue("ICLR")};
  EXPECT_EQ((Keys{"setokim", "segllm", "text4seg", "llmformer"}), selected(filter));
}

TEST(Select, VenueWithMonth) {
  Filter filter;
  filter.venues = {venue("ArXiv'2403")};
  EXPECT_EQ((Keys{"lavaseg"}), selected(filter));
  filter.venues = {venue("ArXiv'2501"), venue("ArXiv'2403")};
  EXPECT_EQ((Keys{"lavaseg", "sa2va", "geopix", "vrs-hq"}), selected(filter));
}

TEST(Select, VenueWithYearOfNoPaper) {
  Filter filter;
  filter.venues = {venue("CVPR'23")};
  EXPECT_EQ(Keys{}, selected(filter));
}

TEST(Select, KindsAndTogether) {
  Filter filter;
  filter.tasks = k_ovss;
  filter.years = {YearRange{2025, 2025}};
  EXPECT_EQ((Keys{"text4seg", "himtok"}), selected(filter));
}

TEST(Select, YearRangesOrTogether) {
  Filter filter;
  filter.tasks = k_video;
  filter.years = {YearRange{2025, 2025}, YearRange{k_min, 2023}};
  EXPECT_EQ((Keys{"sa2va", "vrs-hq"}), selected(filter));
}

TEST(Select, CodeAvailability) {
  Filter filter;
  filter.has_code = false;
  // GROUNDHOG's and PRIMA's code links are project pages: no code.
  EXPECT_EQ((Keys{"groundhog", "lavaseg", "prima", "geopix", "llmformer"}), selected(filter));
  filter.tasks = k_res | k_ovss;
  filter.years = {YearRange{2025, k_max}};
  EXPECT_EQ((Keys{"geopix"}), selected(filter));
}

TEST(Select, AllKindsTogether) {
  Filter filter;
  filter.tasks = k_res;
  filter.venues = {venue("ArXiv")};
  filter.years = {YearRange{2025, 2025}};
  filter.has_code = true;
  EXPECT_EQ((Keys{"sa2va", "miras", "ufo", "groundingsuite", "himtok"}), selected(filter));
}

TEST(Select, ListedRangesOrTogetherAndWithOtherKinds) {
  Filter filter;
  filter.listed = {*date::parse_range("2025-12..")};
  EXPECT_EQ((Keys{"unigeoseg", "stamp", "getok"}), selected_now(filter));
  filter.listed.push_back(*date::parse_range("2025-10-07"));
  EXPECT_EQ((Keys{"svp", "unigeoseg", "stamp", "getok"}), selected_now(filter));
  filter.tasks = k_video;
  filter.listed = {*date::parse_range("2025-10..")};
  EXPECT_EQ((Keys{"unipixel", "decaf"}), selected_now(filter));
  filter.listed = {*date::parse_range("2024")};
  EXPECT_EQ(Keys{}, selected_now(filter));
  EXPECT_EQ(Keys{}, selected(filter));  // the imported seed has no listed dates
}

// A listed condition on papers without dates (an imported list has none)
// says how many it could not look at; every condition of every filter counts.
TEST(Unchecked, CountsPapersWithoutTheFieldAConditionNeeds) {
  Filter listed;
  listed.listed = {*date::parse_range("2025")};
  EXPECT_EQ(39u, unchecked(test::seed_store(), std::span<const Filter>(&listed, 1)).without_listed);
  EXPECT_EQ(0u, unchecked(test::real_store(), std::span<const Filter>(&listed, 1)).without_listed);
  Filter video;
  video.tasks = k_video;
  const Filter both[] = {listed, video};
  const Unchecked seed = unchecked(test::seed_store(), both);
  EXPECT_EQ(8u, seed.without_listed);
  EXPECT_EQ(0u, seed.without_authors);  // no author asked for
}

TEST(Select, TinyStore) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "CVPR'24", 2024, k_res, "c"));
  papers.push_back(test::make_paper("b", "B", "CVPR'25", 2025, k_video));
  papers.push_back(test::make_paper("c", "C", "ICLR'25", 2025, k_res | k_video, "c"));
  const auto store = test::store_of(std::move(papers));
  Filter filter;
  filter.venues = {VenueFilter{"CVPR", std::nullopt, std::nullopt}};
  EXPECT_EQ((Postings{0, 1}), select(*store, filter).take());
  filter.tasks = k_video;
  EXPECT_EQ((Postings{1}), select(*store, filter).take());
  filter.venues.push_back(VenueFilter{"iclr", 2025, std::nullopt});
  EXPECT_EQ((Postings{1, 2}), select(*store, filter).take());
  filter.has_code = true;
  EXPECT_EQ((Postings{2}), select(*store, filter).take());
}

// A filter one index list answers is a view of that list, not a copy; a
// filter that needs an intersection owns its ids.
TEST(Select, OneIndexListIsAViewNotACopy) {
  const Store& store = test::real_store();
  Filter filter;
  filter.tasks = k_video;
  filter.venues = {venue("NeurIPS'24")};
  filter.years = {YearRange{2024, 2024}};
  const Selection answer = select(store, filter);
  const auto list = store.venue("NeurIPS", 2024, Task::video);
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list.data(), answer.ids().data());
  EXPECT_EQ(Postings(list.begin(), list.end()), Selection(answer).take());

  filter.has_code = true;
  const Selection narrowed = select(store, filter);
  EXPECT_NE(list.data(), narrowed.ids().data());
  EXPECT_LE(narrowed.size(), list.size());
}

// The compound series-year-task index and the dropped implied year ranges
// must give what checking every paper gives, for every combination.
TEST(Filter, CompoundIndexAgreesWithCheckingEveryPaper) {
  const Store& store = test::real_store();
  const std::vector<std::optional<int>> years = {std::nullopt, 2023, 2024, 2025};
  for (const std::string& series : store.series_names()) {
    for (const auto& year : years) {
      for (TaskSet tasks : {TaskSet{0}, k_res, k_video, TaskSet(k_res | k_ovss)}) {
        for (const auto& range : std::vector<std::optional<YearRange>>{std::nullopt, YearRange{2024, 2024},
                                                                       YearRange{2023, 2025}}) {
          Filter f;
          f.tasks = tasks;
          f.venues.push_back(VenueFilter{series, year, std::nullopt});
          if (range) {
            f.years.push_back(*range);
          }
          Postings expected;
          for (DocId id = 0; id < store.size(); ++id) {
            const Paper p = store.paper(id);
            const bool ok = store.series_of(id) == series && (!year || p.year == *year) &&
                            (tasks == 0 || (p.tasks & tasks) != 0) &&
                            (!range || (range->lo <= p.year && p.year <= range->hi));
            if (ok) {
              expected.push_back(id);
            }
          }
          EXPECT_EQ(expected, select(store, f).take()) << series << " " << year.value_or(0) << " tasks "
                                                       << int{tasks} << " range " << range.has_value();
        }
      }
    }
  }
}

}  // namespace
}  // namespace mllmseg
