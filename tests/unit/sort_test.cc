#include "query/sort.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

using Keys = std::vector<std::string>;

std::unique_ptr<Store> sort_tiny_store() {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("zeta", "zeta", "NeurIPS'24", 2024, test::k_res));
  Paper b = test::make_paper("alpha", "Alpha", "ArXiv'2411", 2024, test::k_res);
  b.month = 11;
  papers.push_back(std::move(b));
  papers.push_back(test::make_paper("mu", "Mu", "cvpr'25", 2025, test::k_res));
  Paper d = test::make_paper("beta", "beta", "ArXiv'2402", 2024, test::k_res);
  d.month = 2;
  papers.push_back(std::move(d));
  papers.push_back(test::make_paper("gamma", "Gamma", "CVPR'23", 2023, test::k_res));
  return test::store_of(std::move(papers));
}

Keys sorted(SortKey key, bool reverse, std::vector<DocId> ids = {0, 1, 2, 3, 4}) {
  static const auto store = sort_tiny_store();
  sort_ids(*store, ids, key, reverse);
  return test::keys_of(*store, ids);
}

TEST(SortIds, ListOrder) {
  EXPECT_EQ((Keys{"zeta", "alpha", "mu", "beta", "gamma"}), sorted(SortKey::list, false, {3, 0, 4, 2, 1}));
}

TEST(SortIds, ByYearThenMonth) {
  // NeurIPS'24 meets in December, after ArXiv'2411; CVPR'25 in June 2025.
  EXPECT_EQ((Keys{"gamma", "beta", "alpha", "zeta", "mu"}), sorted(SortKey::year, false));
}

TEST(SortIds, ByYearUsesTheFirstVersionWhereTheVenueGivesNoMonth) {
  Paper journal = test::make_paper("journal", "Journal", "TPAMI'25", 2025, test::k_res);
  journal.submitted = "2024-10-10";
  journal.published = "2025-03-10";  // the journal's date comes before the first version's
  Paper old = test::make_paper("old", "Old", "TMM'25", 2025, test::k_res);
  old.submitted = "2024-11-02";  // another year: the journal's year counts, from its start
  Paper march = test::make_paper("march", "March", "ArXiv'2503", 2025, test::k_res);
  march.month = 3;
  march.submitted = "2025-03-20";
  Paper early = test::make_paper("early", "Early", "ArXiv'2503", 2025, test::k_res);
  early.month = 3;
  early.submitted = "2025-03-02";
  Paper undated = test::make_paper("undated", "Undated", "ArXiv'2503", 2025, test::k_res);
  undated.month = 3;
  const auto store = test::store_of({journal, old, march, early, undated});
  std::vector<DocId> ids = {0, 1, 2, 3, 4};
  sort_ids(*store, ids, SortKey::year, false);
  // Within a month, by the day of the first version; papers without one last.
  EXPECT_EQ((Keys{"old", "journal", "early", "march", "undated"}), test::keys_of(*store, ids));
}

TEST(SortIds, ByVenueSeriesIgnoringCaseThenYearThenMonth) {
  EXPECT_EQ((Keys{"beta", "alpha", "gamma", "mu", "zeta"}), sorted(SortKey::venue, false));
}

TEST(SortIds, ByNameIgnoringCase) {
  EXPECT_EQ((Keys{"alpha", "beta", "gamma", "mu", "zeta"}), sorted(SortKey::name, false));
}

TEST(SortIds, RelevanceKeepsTheGivenOrder) {
  EXPECT_EQ((Keys{"beta", "zeta", "gamma"}), sorted(SortKey::relevance, false, {3, 0, 4}));
}

TEST(SortIds, TiesKeepTheirCurrentOrder) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("b", "B", "CVPR'24", 2024, test::k_res));
  papers.push_back(test::make_paper("a", "A", "cvpr 2024", 2024, test::k_res));
  papers.push_back(test::make_paper("c", "C", "ICLR'24", 2024, test::k_res));
  const auto store = test::store_of(std::move(papers));
  std::vector<DocId> ids{1, 2, 0};
  sort_ids(*store, ids, SortKey::venue, false);
  EXPECT_EQ((std::vector<DocId>{1, 0, 2}), ids);
  ids = {0, 2, 1};
  sort_ids(*store, ids, SortKey::venue, false);
  EXPECT_EQ((std::vector<DocId>{0, 1, 2}), ids);
  ids = {2, 1, 0};
  sort_ids(*store, ids, SortKey::year, false);
  EXPECT_EQ((std::vector<DocId>{2, 1, 0}), ids);
}

TEST(SortIds, ReverseTurnsTheFinalOrderAround) {
  EXPECT_EQ((Keys{"gamma", "beta", "mu", "alpha", "zeta"}), sorted(SortKey::list, true));
  EXPECT_EQ((Keys{"mu", "zeta", "alpha", "beta", "gamma"}), sorted(SortKey::year, true));
  EXPECT_EQ((Keys{"zeta", "mu", "gamma", "beta", "alpha"}), sorted(SortKey::name, true));
  EXPECT_EQ((Keys{"gamma", "zeta", "beta"}), sorted(SortKey::relevance, true, {3, 0, 4}));
}

TEST(SortIds, EmptyList) { EXPECT_EQ(Keys{}, sorted(SortKey::year, true, {})); }

TEST(SortIds, SeedByYear) {
  const Store& store = test::seed_store();
  std::vector<DocId> ids = store.all();
  sort_ids(store, ids, SortKey::year, false);
  const Keys keys = test::keys_of(store, ids);
  // IJCV'24: a journal gives no month, so its paper opens its year.
  EXPECT_EQ("llmformer", keys.front());
  // ICLR'25 meets in May, after the seed's last arXiv month, 2503; the three
  // ICLR'25 papers keep their list order.
  EXPECT_EQ((Keys{"setokim", "segllm", "text4seg"}), Keys(keys.end() - 3, keys.end()));
  for (std::size_t i = 1; i < ids.size(); ++i) {
    EXPECT_LE(store.paper(ids[i - 1]).year, store.paper(ids[i]).year) << keys[i];
  }
}

std::string sort_key_error(std::string_view value) {
  auto key = parse_sort_key(value);
  EXPECT_FALSE(key.ok()) << value;
  return key.ok() ? std::string("<ok>") : key.error();
}

TEST(SortIds, RealCatalogByListed) {
  const Store& store = test::real_store();
  std::vector<DocId> ids = store.all();
  sort_ids(store, ids, SortKey::listed, true);
  const Keys keys = test::keys_of(store, ids);
  EXPECT_EQ("getok", keys[0]);     // 2026-01-21, the newest
  EXPECT_EQ("stamp", keys[1]);     // 2025-12-08
  EXPECT_EQ("lisa", keys.back());  // 2025-01-09, the list's first version, first in list order
}

TEST(ParseSortKey, AcceptsEachKeyInAnyCase) {
  EXPECT_EQ(SortKey::list, *parse_sort_key("list"));
  EXPECT_EQ(SortKey::year, *parse_sort_key("Year"));
  EXPECT_EQ(SortKey::venue, *parse_sort_key("VENUE"));
  EXPECT_EQ(SortKey::name, *parse_sort_key("name"));
  EXPECT_EQ(SortKey::listed, *parse_sort_key("Listed"));
  EXPECT_EQ(SortKey::relevance, *parse_sort_key("relevance"));
}

TEST(ParseSortKey, UnknownKeyWithSuggestion) {
  EXPECT_EQ("unknown sort key 'names'; did you mean 'name'?", sort_key_error("names"));
  EXPECT_EQ("unknown sort key 'Relevanse'; did you mean 'relevance'?", sort_key_error("Relevanse"));
  EXPECT_EQ("unknown sort key 'yaer'; did you mean 'year'?", sort_key_error("yaer"));
}

TEST(ParseSortKey, UnknownKeyWithoutSuggestion) {
  EXPECT_EQ("unknown sort key 'date' (expected list, year, venue, name, listed or relevance)",
            sort_key_error("date"));
}

}  // namespace
}  // namespace mllmseg
