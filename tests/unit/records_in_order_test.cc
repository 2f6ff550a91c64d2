// A ranking's records gathered a window at a time (store/records_in_order.h)
// give the same papers as the table read one id at a time.

#include "store/records_in_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

#include "test_support.h"

namespace mllmseg {
namespace {

// Ids of the real catalog's papers in a random order, each several times.
std::vector<DocId> shuffled_ids(const Store& store, std::size_t count) {
  std::mt19937 random(5);
  std::vector<DocId> ids(count);
  for (DocId& id : ids) {
    id = static_cast<DocId>(random() % store.size());
  }
  return ids;
}

TEST(RecordsInOrder, EveryWindowGivesTheTablesPapers) {
  const Store& store = test::real_store();
  const std::vector<DocId> ids = shuffled_ids(store, 500);
  RecordsInOrder records(store.papers(), ids);
  Paper paper;
  for (const std::size_t window : {std::size_t{1}, std::size_t{7}, std::size_t{128}, ids.size()}) {
    for (std::size_t from = 0; from < ids.size(); from += window) {
      const std::size_t to = std::min(from + window, ids.size());
      records.gather(from, to);
      for (std::size_t i = from; i < to; ++i) {
        records.get(i, paper);
        ASSERT_TRUE(test::same_paper(store.paper(ids[i]), paper)) << "window " << window << ", paper " << i;
      }
    }
  }
}

TEST(RecordsInOrder, PapersOutsideTheWindowComeFromTheTable) {
  const Store& store = test::real_store();
  const std::vector<DocId> ids = shuffled_ids(store, 300);
  RecordsInOrder records(store.papers(), ids);
  records.gather(100, 200);
  Paper paper;
  for (const std::size_t i : {std::size_t{0}, std::size_t{99}, std::size_t{200}, std::size_t{299}}) {
    records.get(i, paper);
    EXPECT_TRUE(test::same_paper(store.paper(ids[i]), paper)) << i;
  }
}

TEST(RecordsInOrder, OnlyLongRankingsOutOfOrderAreGathered) {
  const Store& store = test::real_store();
  const std::vector<DocId> shuffled = shuffled_ids(store, 10000);
  std::vector<DocId> sorted = shuffled;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_TRUE(RecordsInOrder::worth_it(store.papers(), shuffled));
  EXPECT_FALSE(RecordsInOrder::worth_it(store.papers(), sorted));
  EXPECT_FALSE(RecordsInOrder::worth_it(store.papers(), std::span(shuffled).first(100)));
}

}  // namespace
}  // namespace mllmseg
