#include "store/postings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace mllmseg {
namespace {

Postings range(DocId from, DocId to, DocId step = 1) {
  Postings out;
  for (DocId id = from; id < to; id += step) {
    out.push_back(id);
  }
  return out;
}

Postings reference_intersection(const Postings& a, const Postings& b) {
  Postings out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

TEST(Intersect, KeepsCommonIds) {
  EXPECT_EQ((Postings{3, 5}), intersect(Postings{1, 3, 5, 7}, Postings{3, 4, 5, 8}));
}

TEST(Intersect, IsSymmetric) {
  const Postings a{0, 2, 9};
  const Postings b{2, 3, 9, 10, 11};
  EXPECT_EQ((Postings{2, 9}), intersect(a, b));
  EXPECT_EQ((Postings{2, 9}), intersect(b, a));
}

TEST(Intersect, EmptyListsGiveNothing) {
  EXPECT_EQ(Postings{}, intersect(Postings{}, Postings{1, 2, 3}));
  EXPECT_EQ(Postings{}, intersect(Postings{1, 2, 3}, Postings{}));
  EXPECT_EQ(Postings{}, intersect(Postings{}, Postings{}));
}

TEST(Intersect, DisjointAndIdenticalLists) {
  EXPECT_EQ(Postings{}, intersect(Postings{1, 3, 5}, Postings{0, 2, 4, 6}));
  EXPECT_EQ((Postings{1, 3, 5}), intersect(Postings{1, 3, 5}, Postings{1, 3, 5}));
}

TEST(Intersect, GallopsAShortListThroughALongOne) {
  const Postings long_list = range(0, 1000);
  EXPECT_EQ((Postings{0, 5, 500, 999}), intersect(Postings{0, 5, 500, 999, 1000, 5000}, long_list));
  EXPECT_EQ((Postings{0, 5, 500, 999}), intersect(long_list, Postings{0, 5, 500, 999, 1000, 5000}));
}

TEST(Intersect, GallopsPastGapsAndTheEnd) {
  const Postings evens = range(0, 2001, 2);  // 0, 2, ..., 2000
  EXPECT_EQ((Postings{2, 64, 1998, 2000}),
            intersect(Postings{1, 2, 63, 64, 65, 1998, 1999, 2000, 2001}, evens));
  EXPECT_EQ((Postings{2000}), intersect(Postings{2000}, evens));
  EXPECT_EQ((Postings{0}), intersect(Postings{0}, evens));
  EXPECT_EQ(Postings{}, intersect(Postings{2001, 3000}, evens));
}

TEST(Intersect, MatchesSetIntersectionOnManyShapes) {
  // Deterministic pseudo-random lists of very different lengths and densities.
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 8) & 0xFFFFu;
  };
  for (int round = 0; round < 200; ++round) {
    Postings a;
    Postings b;
    const std::uint32_t a_gap = 1 + next() % 50;
    const std::uint32_t b_gap = 1 + next() % 3;
    for (DocId id = next() % 10; id < 3000; id += 1 + next() % a_gap) {
      a.push_back(id);
    }
    for (DocId id = next() % 10; id < 3000; id += 1 + next() % b_gap) {
      b.push_back(id);
    }
    ASSERT_EQ(reference_intersection(a, b), intersect(a, b)) << "round " << round;
    ASSERT_EQ(reference_intersection(a, b), intersect(b, a)) << "round " << round;
  }
}

TEST(Unite, MergesSortsAndRemovesRepeats) {
  const Postings a{1, 4, 9};
  const Postings b{2, 4, 6};
  const Postings c{};
  const Postings d{0, 9};
  EXPECT_EQ((Postings{0, 1, 2, 4, 6, 9}), unite({a, b, c, d}));
}

TEST(Unite, OrderOfListsDoesNotMatter) {
  const Postings a{5, 7};
  const Postings b{1, 5};
  EXPECT_EQ((Postings{1, 5, 7}), unite({a, b}));
  EXPECT_EQ((Postings{1, 5, 7}), unite({b, a}));
}

TEST(Unite, SingleListIsCopied) {
  const Postings a{1, 2, 3};
  EXPECT_EQ(a, unite({a}));
}

TEST(Unite, NoListsOrOnlyEmptyListsGiveNothing) {
  EXPECT_EQ(Postings{}, unite({}));
  const Postings empty{};
  EXPECT_EQ(Postings{}, unite({empty, empty}));
}

}  // namespace
}  // namespace mllmseg
