#include "store/store.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>

#include "test_support.h"

namespace mllmseg {
namespace {

using test::k_ovss;
using test::k_res;
using test::k_video;
using test::make_paper;

std::unique_ptr<Store> tiny_store() {
  std::vector<Paper> papers;
  papers.push_back(make_paper("a", "A", "CVPR'24", 2024, k_res, "https://code/a"));
  papers.push_back(make_paper("b", "B", "NeurIPS'24", 2024, k_res | k_video));
  papers.push_back(make_paper("c", "C", "cvpr 2025", 2025, k_ovss, "https://code/c"));
  Paper d = make_paper("d", "D", "ArXiv'2403", 2024, k_video, "https://code/d");
  d.month = 3;
  papers.push_back(std::move(d));
  papers.push_back(
      make_paper("e", "E", "  Some Workshop ", 2023, k_res | k_ovss | k_video, "https://code/e"));
  return test::store_of(std::move(papers));
}

Postings ids(std::span<const DocId> span) { return Postings(span.begin(), span.end()); }

TEST(Store, HoldsThePapersInOrder) {
  const auto store = tiny_store();
  EXPECT_EQ(5u, store->size());
  EXPECT_EQ("c", store->paper(2).key);
  EXPECT_EQ(5u, store->catalog().papers.size());
  EXPECT_EQ((Postings{0, 1, 2, 3, 4}), store->all());
}

TEST(Store, IndexesByTask) {
  const auto store = tiny_store();
  EXPECT_EQ((Postings{0, 1, 4}), store->with_task(Task::res));
  EXPECT_EQ((Postings{2, 4}), store->with_task(Task::ovss));
  EXPECT_EQ((Postings{1, 3, 4}), store->with_task(Task::video));
}

TEST(Store, IndexesByCode) {
  const auto store = tiny_store();
  EXPECT_EQ((Postings{0, 2, 3, 4}), store->with_code(true));
  EXPECT_EQ((Postings{1}), store->with_code(false));
}

TEST(Store, IndexesByYearRange) {
  const auto store = tiny_store();
  EXPECT_EQ((Postings{0, 1, 3}), store->years(2024, 2024));
  EXPECT_EQ((Postings{0, 1, 2, 3}), store->years(2024, 2025));
  EXPECT_EQ((Postings{0, 1, 2, 3, 4}), store->years(2000, 2100));
  EXPECT_EQ(Postings{}, store->years(2026, 2030));
  EXPECT_EQ(Postings{}, store->years(2025, 2024));
}

TEST(Store, IndexesByVenueSeriesIgnoringCase) {
  const auto store = tiny_store();
  EXPECT_EQ((Postings{0, 2}), ids(store->venue("CVPR", std::nullopt)));
  EXPECT_EQ((Postings{0, 2}), ids(store->venue("cvpr", std::nullopt)));
  EXPECT_EQ((Postings{1}), ids(store->venue("neurips", std::nullopt)));
  EXPECT_EQ((Postings{3}), ids(store->venue("ARXIV", std::nullopt)));
}

TEST(Store, IndexesByVenueSeriesAndYear) {
  const auto store = tiny_store();
  EXPECT_EQ((Postings{0}), ids(store->venue("CVPR", 2024)));
  EXPECT_EQ((Postings{2}), ids(store->venue("CVPR", 2025)));
  EXPECT_EQ(Postings{}, ids(store->venue("CVPR", 2023)));
  EXPECT_EQ((Postings{3}), ids(store->venue("arxiv", 2024)));
}

TEST(Store, UnknownSeriesGivesNothing) {
  const auto store = tiny_store();
  EXPECT_EQ(Postings{}, ids(store->venue("ICLR", std::nullopt)));
  EXPECT_EQ(Postings{}, ids(store->venue("ICLR", 2024)));
}

TEST(Store, VenueThatDoesNotParseIsItsOwnSeries) {
  const auto store = tiny_store();
  EXPECT_EQ("Some Workshop", store->series_of(4));
  EXPECT_EQ((Postings{4}), ids(store->venue("some workshop", std::nullopt)));
  EXPECT_EQ((Postings{4}), ids(store->venue("Some Workshop", 2023)));
}

TEST(Store, SeriesOfUsesTheFirstSpelling) {
  const auto store = tiny_store();
  EXPECT_EQ("CVPR", store->series_of(0));
  EXPECT_EQ("NeurIPS", store->series_of(1));
  EXPECT_EQ("CVPR", store->series_of(2));
  EXPECT_EQ("ArXiv", store->series_of(3));
}

TEST(Store, SeriesNamesInFirstSeenOrder) {
  const auto store = tiny_store();
  EXPECT_EQ((std::vector<std::string>{"CVPR", "NeurIPS", "ArXiv", "Some Workshop"}), store->series_names());
}

TEST(Store, FindsKeysExactly) {
  const auto store = tiny_store();
  EXPECT_EQ(std::optional<DocId>(0), store->find_key("a"));
  EXPECT_EQ(std::optional<DocId>(4), store->find_key("e"));
  EXPECT_EQ(std::nullopt, store->find_key("A"));
  EXPECT_EQ(std::nullopt, store->find_key("z"));
  EXPECT_EQ(std::nullopt, store->find_key(""));
}

TEST(Store, EmptyCatalog) {
  const auto store = test::store_of({});
  EXPECT_EQ(0u, store->size());
  EXPECT_EQ(Postings{}, store->all());
  EXPECT_EQ(Postings{}, store->with_task(Task::res));
  EXPECT_EQ(Postings{}, store->years(0, 3000));
  EXPECT_TRUE(store->series_names().empty());
}

// The March 2025 list, imported: its figures as the project started from them.
TEST(SeedStore, Figures) {
  const Store& store = test::seed_store();
  EXPECT_EQ(39u, store.size());
  EXPECT_EQ(35u, store.with_task(Task::res).size());
  EXPECT_EQ(6u, store.with_task(Task::ovss).size());
  EXPECT_EQ(8u, store.with_task(Task::video).size());
  EXPECT_EQ(34u, store.with_code(true).size());  // 36 code links, two of them project pages
  EXPECT_EQ(5u, store.with_code(false).size());
}

TEST(SeedStore, PapersWithoutCode) {
  const Store& store = test::seed_store();
  EXPECT_EQ((std::vector<std::string>{"groundhog", "lavaseg", "prima", "geopix", "llmformer"}),
            test::keys_of(store, store.with_code(false)));
}

TEST(SeedStore, OvssPapers) {
  const Store& store = test::seed_store();
  EXPECT_EQ((std::vector<std::string>{"psalm", "lasagna", "hyperseg", "text4seg", "himtok", "llmformer"}),
            test::keys_of(store, store.with_task(Task::ovss)));
}

TEST(SeedStore, SeriesNames) {
  EXPECT_EQ((std::vector<std::string>{"CVPR", "ICML", "ECCV", "NeurIPS", "WACV", "ArXiv", "ICLR", "IJCV"}),
            test::seed_store().series_names());
}

TEST(SeedStore, Years) {
  const Store& store = test::seed_store();
  EXPECT_EQ(39u, store.years(2024, 2025).size());
  EXPECT_EQ(11u, store.years(2025, 2025).size());
  EXPECT_EQ(28u, store.years(2024, 2024).size());
}

// The embedded catalog is the list of 2026-01-21. These figures were counted
// off that list's text (tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md):
// 89 numbered entries, 65 + 8 + 16 by section, 74 distinct paper links, 10 of
// them without a [code] link; venues 'YY or 'YYMM give 47 papers of 2025 and
// 27 of 2024.
TEST(RealStore, Figures) {
  const Store& store = test::real_store();
  EXPECT_EQ(74u, store.size());
  EXPECT_EQ(65u, store.with_task(Task::res).size());
  EXPECT_EQ(8u, store.with_task(Task::ovss).size());
  EXPECT_EQ(16u, store.with_task(Task::video).size());
  EXPECT_EQ(60u, store.with_code(true).size());  // 64 code links, four of them project pages
  EXPECT_EQ(14u, store.with_code(false).size());
  EXPECT_EQ(47u, store.years(2025, 2025).size());
  EXPECT_EQ(27u, store.years(2024, 2024).size());
}

TEST(RealStore, PapersWithoutCode) {
  const Store& store = test::real_store();
  EXPECT_EQ(
      (std::vector<std::string>{"groundhog", "lavaseg", "prima", "geopix", "popen", "ground-v", "vistallm",
                                "sam-r1", "rsvp", "svp", "lens-2", "argenseg", "getok", "llmformer"}),
      test::keys_of(store, store.with_code(false)));
}

TEST(RealStore, SeriesNames) {
  EXPECT_EQ((std::vector<std::string>{"CVPR", "ICML", "ECCV", "NeurIPS", "WACV", "ArXiv", "ICLR", "ICCV",
                                      "ACL", "IJCV"}),
            test::real_store().series_names());
}

TEST(RealStore, NeurIps2024) {
  const Store& store = test::real_store();
  EXPECT_EQ((std::vector<std::string>{"omg-llava", "vitron", "visionllm-v2", "videolisa"}),
            test::keys_of(store, ids(store.venue("neurips", 2024))));
}

// The list's history: 11 papers joined from October 2025 on (SVP on
// 2025-10-07 to GETok on 2026-01-21), 15 from June to September 2025, and
// all but GETok in 2025; every paper has its date.
TEST(RealStore, ListedDates) {
  const Store& store = test::real_store();
  EXPECT_EQ((std::vector<std::string>{"svp", "coprs", "padt", "lens-2", "argenseg", "unipixel", "read",
                                      "unigeoseg", "stamp", "getok", "decaf"}),
            test::keys_of(store, store.listed("2025-10-01", "9999-12-31")));
  EXPECT_EQ(15u, store.listed("2025-06-01", "2025-09-30").size());
  EXPECT_EQ(73u, store.listed("2025-01-01", "2025-12-31").size());
  EXPECT_EQ(0u, store.without_listed());
}

TEST(Store, ListedRangesOfAStoreWithoutDates) {
  auto store = test::store_of({test::make_paper("a", "A", "CVPR'24", 2024, test::k_res)});
  EXPECT_EQ(Postings{}, store->listed("", "9999-12-31"));
  EXPECT_EQ(1u, store->without_listed());
}

// Papers prepared on other threads (Store::prepare, then add_prepared, as
// the loader adds them) give the store that add() gives: the same papers,
// facts, venues and days.
TEST(Store, PreparedPapersAreAddedAsAddAddsThem) {
  const Catalog& catalog = test::real_catalog();
  RecordArenas arenas;  // which the prepared store's papers live in
  Store added;
  Store prepared;
  std::string bytes;
  for (const Paper& p : catalog.papers) {
    added.add(p);
    Store::prepare(p, bytes, arenas);
    prepared.add_prepared(bytes);
  }
  ASSERT_EQ(added.size(), prepared.size());
  for (DocId id = 0; id < added.size(); ++id) {
    EXPECT_TRUE(test::same_paper(added.paper(id), prepared.paper(id))) << id;
    const Store::Facts& a = added.facts()[id];
    const Store::Facts& b = prepared.facts()[id];
    EXPECT_EQ(std::tie(a.tasks, a.flags, a.year, a.venue, a.listed),
              std::tie(b.tasks, b.flags, b.year, b.venue, b.listed))
        << id;
  }
  EXPECT_EQ(added.venues(), prepared.venues());
  EXPECT_EQ(added.days(), prepared.days());
  EXPECT_EQ(added.series_names(), prepared.series_names());
  // The one scans its facts for what the other's indexes hold.
  for (const bool code : {true, false}) {
    EXPECT_EQ(added.with_code(code), prepared.with_code(code));
  }
  for (const Task t : k_all_tasks) {
    EXPECT_EQ(added.with_task(t), prepared.with_task(t));
    for (const std::string& series : added.series_names()) {
      for (const std::optional<int> year :
           {std::optional<int>(), std::optional<int>(2024), std::optional(2025)}) {
        EXPECT_EQ(ids(added.venue(series, year)), ids(prepared.venue(series, year))) << series;
        EXPECT_EQ(ids(added.venue(series, year, t)), ids(prepared.venue(series, year, t))) << series;
      }
    }
  }
  EXPECT_EQ(added.years(2024, 2024), prepared.years(2024, 2024));
  EXPECT_EQ(added.listed("2025-06-01", "2025-09-30"), prepared.listed("2025-06-01", "2025-09-30"));
  EXPECT_EQ(60u, prepared.with_code(true).size());
  EXPECT_EQ(27u, prepared.years(2024, 2024).size());
  EXPECT_EQ(4u, prepared.venue("NeurIPS", 2024).size());
  EXPECT_EQ(15u, prepared.listed("2025-06-01", "2025-09-30").size());
}

// The record layout, which snapshots hold too, byte for byte: strings as
// their length and bytes, absent optionals as 0, present ones as length + 1,
// numbers as LEB128 (2024 is E8 0F), lists as their length and items.
TEST(PaperTablePack, WritesTheRecordLayoutByteForByte) {
  Paper p;
  p.key = "k";
  p.name = "N";
  p.title = "T";
  p.venue = "V";
  p.year = 2024;
  p.month = 3;
  p.tasks = test::k_video;
  p.pdf = "p";
  p.code = "cc";
  p.authors = {"A", "B"};
  p.entries.push_back(Entry{Task::video, 7, "x", std::nullopt, std::string("y")});
  std::string record;
  PaperTable::pack(p, record);
  using namespace std::string_view_literals;
  std::string expected;
  expected += "\x01k\x01N\x01T\x01V"sv;  // key, name, title, venue
  expected += "\0"sv;                    // abstract
  expected += "\xE8\x0F\x03\x01"sv;      // year, month, has a month
  expected += "\0\0\0\0"sv;              // submitted, published, listed, listed_by
  expected += static_cast<char>(test::k_video);
  expected += "\0\x01p\x03"sv;  // arxiv, pdf, code's length + 1
  expected += "cc\0\0"sv;       // code, project, doi
  expected += "\x02\x01"sv;     // two authors
  expected += "A\x01"sv;
  expected += "B\x01"sv;  // and one entry:
  expected += static_cast<char>(Task::video);
  expected += "\x07\x01x\0\x02y"sv;  // number, id, after_title, after_links
  expected += "\0\0"sv;              // fixes, authors_source
  EXPECT_EQ(expected, record);
  Paper back;
  PaperTable::unpack(record, back);
  EXPECT_TRUE(test::same_paper(p, back));
}

}  // namespace
}  // namespace mllmseg
