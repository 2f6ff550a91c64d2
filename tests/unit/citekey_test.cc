#include "format/citekey.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string joined(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) {
    out += (out.empty() ? "" : " ") + k;
  }
  return out;
}

std::string keys_for(const std::vector<CiteKeySource>& sources) {
  return joined(assign_citation_keys(sources));
}

TEST(CiteKey, CatalogKeyAndYear) {
  EXPECT_EQ("lisa2024 vrs-hq2025 sa2va2025", keys_for({{"lisa", 2024}, {"vrs-hq", 2025}, {"sa2va", 2025}}));
}

TEST(CiteKey, CollidingKeysGetLettersInTheOrderOfTheCatalogKeys) {
  // "a1" of 999 and "a" of 1999 both make "a1999": "a" sorts first.
  EXPECT_EQ("a1999b lisa2024 a1999a", keys_for({{"a1", 999}, {"lisa", 2024}, {"a", 1999}}));
}

TEST(CiteKey, SuffixesDoNotDependOnCatalogOrder) {
  EXPECT_EQ("a1999a a1999b", keys_for({{"a", 1999}, {"a1", 999}}));
  EXPECT_EQ("a1999b a1999a", keys_for({{"a1", 999}, {"a", 1999}}));
  EXPECT_EQ("x199c x199b x199a", keys_for({{"x19", 9}, {"x1", 99}, {"x", 199}}));
}

TEST(CiteKey, PapersOutsideACollisionKeepTheirKeysWhenOthersArrive) {
  EXPECT_EQ("lisa2024 glamm2024", keys_for({{"lisa", 2024}, {"glamm", 2024}}));
  EXPECT_EQ("lisa2024 glamm2024 a1999a a1999b",
            keys_for({{"lisa", 2024}, {"glamm", 2024}, {"a", 1999}, {"a1", 999}}));
}

TEST(CiteKey, AfterZComeTwoLetters) {
  const std::vector<CiteKeySource> sources(28, CiteKeySource{"x", 1});
  std::vector<std::string> keys = assign_citation_keys(sources);
  std::sort(keys.begin(), keys.end());
  ASSERT_EQ(28u, keys.size());
  EXPECT_EQ("x1a", keys[0]);
  EXPECT_EQ("x1aa", keys[1]);
  EXPECT_EQ("x1ab", keys[2]);
  EXPECT_EQ("x1b", keys[3]);
  EXPECT_EQ("x1z", keys[27]);
}

TEST(CiteKey, EmptyInputGivesNoKeys) { EXPECT_EQ("", keys_for({})); }

TEST(CiteKey, RealCatalogKeysAreUniqueAndKeyPlusYear) {
  const Store& store = test::real_store();
  const auto keys = citation_keys(store);
  ASSERT_EQ(store.size(), keys.size());
  for (DocId id = 0; id < store.size(); ++id) {
    EXPECT_EQ(store.paper(id).key + std::to_string(store.paper(id).year), keys[id]);
  }
  auto sorted = keys;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted.end(), std::adjacent_find(sorted.begin(), sorted.end()));
  EXPECT_EQ("lisa2024", keys[test::id_of(store, "lisa")]);
}

TEST(CiteKey, RealCatalogKeysSurviveReorderingAndGrowth) {
  const Store& store = test::real_store();
  const auto before = citation_keys(store);
  Catalog changed = store.catalog();
  std::reverse(changed.papers.begin(), changed.papers.end());
  changed.papers.push_back(test::make_paper("lisa2", "LISA2", "CVPR'25", 2025, test::k_res));
  changed.papers.push_back(test::make_paper("lisa-plus", "LISA", "ICCV'25", 2025, test::k_res));
  const Store grown(std::move(changed));
  const auto after = citation_keys(grown);
  for (DocId id = 0; id < store.size(); ++id) {
    EXPECT_EQ(before[id], after[test::id_of(grown, store.paper(id).key)]);
  }
  EXPECT_EQ("lisa22025", after[test::id_of(grown, "lisa2")]);
  EXPECT_EQ("lisa-plus2025", after[test::id_of(grown, "lisa-plus")]);
}

}  // namespace
}  // namespace mllmseg::format
