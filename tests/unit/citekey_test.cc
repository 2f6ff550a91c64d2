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

TEST(CiteKey, AKeyEndingInADigitMeetsTheYearAtAHyphen) {
  EXPECT_EQ(
      "text4seg2025 pixfoundation-2-0-2025 visionllm-v2-2024 sam-r1-2025",
      keys_for({{"text4seg", 2025}, {"pixfoundation-2-0", 2025}, {"visionllm-v2", 2024}, {"sam-r1", 2025}}));
}

TEST(CiteKey, DigitsNeverBlurTheBoundary) {
  // Before, "a1" of 999 and "a" of 1999 both made "a1999".
  EXPECT_EQ("a1-999 lisa2024 a1999", keys_for({{"a1", 999}, {"lisa", 2024}, {"a", 1999}}));
  EXPECT_EQ("x19-9 x1-99 x199", keys_for({{"x19", 9}, {"x1", 99}, {"x", 199}}));
}

TEST(CiteKey, LaterPapersOfOneNameGetLetters) {
  // The importer keys the second LENS "lens-2", the third "lens-3".
  EXPECT_EQ("lens2025 lens2025a lens2026b text4seg2025a", keys_for({{"lens", 2025, "LENS"},
                                                                    {"lens-2", 2025, "LENS"},
                                                                    {"lens-3", 2026, "LENS"},
                                                                    {"text4seg-2", 2025, "Text4Seg"}}));
  // A name of its own that ends in a number is no second paper.
  EXPECT_EQ("lens-2-2025 x-2-2025 a-02-2024",
            keys_for({{"lens-2", 2025, "LENS 2"}, {"x-2", 2025, "Y"}, {"a-02", 2024, "A"}}));
}

TEST(CiteKey, CollidingKeysGetLettersInTheOrderOfTheCatalogKeys) {
  // No catalog's keys collide, as its keys are unique; sources with one key
  // twice do, and each gets a letter, even a key with a letter already.
  EXPECT_EQ("a2025 a2025aa a2025ab", keys_for({{"a", 2025, "A"}, {"a-2", 2025, "A"}, {"a-2", 2025, "A"}}));
}

TEST(CiteKey, PapersOutsideACollisionKeepTheirKeysWhenOthersArrive) {
  EXPECT_EQ("lisa2024 glamm2024", keys_for({{"lisa", 2024}, {"glamm", 2024}}));
  EXPECT_EQ("lisa2024 glamm2024 lens2025 lens2025a",
            keys_for({{"lisa", 2024}, {"glamm", 2024}, {"lens", 2025, "LENS"}, {"lens-2", 2025, "LENS"}}));
}

TEST(CiteKey, ScholarKeys) {
  const std::vector<ScholarSource> sources = {
      {"Xin Lai", 2024, "LISA: Reasoning Segmentation via Large Language Model", "LISA", "lisa"},
      {"Sitong Gong", 2025, "The Devil is in Temporal Token", "VRS-HQ", "vrs-hq"},
      {"Yuqi Liu", 2025, "Seg-Zero: Reasoning-Chain Guided Segmentation", "Seg-Zero", "seg-zero"},
      {"Shou, Mike Zheng", 2024, "On a Model of Müller", "M", "m"},
      {"", 2025, "Segmentation as A Plug-and-Play Capability", "LENS", "lens-2"},
      {"José Ünal", 2024, "Text4Seg: Text", "Text4Seg", "text4seg"},
  };
  EXPECT_EQ("lai2024lisa gong2025devil liu2025seg shou2024model lens2025segmentation unal2024text4seg",
            joined(assign_scholar_keys(sources)));
}

TEST(CiteKey, CollidingScholarKeysEachGetALetter) {
  const std::vector<ScholarSource> sources = {
      {"Wei Liu", 2025, "Towards A", "A", "b-key"},
      {"Yu Liu", 2025, "Towards B", "B", "a-key"},
      {"Yu Liu", 2024, "Towards C", "C", "c-key"},
  };
  EXPECT_EQ("liu2025towardsb liu2025towardsa liu2024towards", joined(assign_scholar_keys(sources)));
}

TEST(CiteKey, KeyFormatNames) {
  EXPECT_EQ(KeyFormat::catalog, parse_key_format("catalog"));
  EXPECT_EQ(KeyFormat::scholar, parse_key_format("scholar"));
  EXPECT_EQ(std::nullopt, parse_key_format("Scholar"));
  EXPECT_EQ((std::vector<std::string>{"catalog", "scholar"}), key_format_names());
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

TEST(CiteKey, RealCatalogKeysAreUniqueAndReadable) {
  const Store& store = test::real_store();
  for (KeyFormat format : {KeyFormat::catalog, KeyFormat::scholar}) {
    const auto keys = citation_keys(store, format);
    ASSERT_EQ(store.size(), keys.size());
    auto sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted.end(), std::adjacent_find(sorted.begin(), sorted.end()));
  }
  const auto keys = citation_keys(store);
  for (DocId id = 0; id < store.size(); ++id) {
    const std::string year = std::to_string(store.paper(id).year);
    const std::string_view key = store.key(id);
    // The catalog key, or for a later paper of a name the name's key, then
    // the year, after a hyphen when the key ends in a digit.
    EXPECT_TRUE(keys[id] == std::string(key) + year || keys[id] == std::string(key) + "-" + year ||
                (key.starts_with(keys[id].substr(0, keys[id].size() - 5)) && keys[id].ends_with(year + "a")))
        << keys[id];
  }
  EXPECT_EQ("lisa2024", keys[test::id_of(store, "lisa")]);
  EXPECT_EQ("text4seg2025", keys[test::id_of(store, "text4seg")]);
  EXPECT_EQ("pixfoundation-2-0-2025", keys[test::id_of(store, "pixfoundation-2-0")]);
  EXPECT_EQ("lens2025a", keys[test::id_of(store, "lens-2")]);
  EXPECT_EQ("lai2024lisa", citation_keys(store, KeyFormat::scholar)[test::id_of(store, "lisa")]);
  EXPECT_EQ("visionllm-v22024", legacy_citation_keys(store)[test::id_of(store, "visionllm-v2")]);
}

TEST(CiteKey, RealCatalogKeysSurviveReorderingAndGrowth) {
  const Store& store = test::real_store();
  const auto before = citation_keys(store);
  Catalog changed = store.catalog();
  std::reverse(changed.papers.begin(), changed.papers.end());
  changed.papers.push_back(test::make_paper("lisa2", "LISA2", "CVPR'25", 2025, test::k_res));
  changed.papers.push_back(test::make_paper("lisa-plus", "LISA", "ICCV'25", 2025, test::k_res));
  changed.papers.push_back(test::make_paper("lisa-2", "LISA", "ICCV'25", 2025, test::k_res));
  const Store grown(std::move(changed));
  const auto after = citation_keys(grown);
  const auto scholar_before = citation_keys(store, KeyFormat::scholar);
  const auto scholar_after = citation_keys(grown, KeyFormat::scholar);
  for (DocId id = 0; id < store.size(); ++id) {
    EXPECT_EQ(before[id], after[test::id_of(grown, store.paper(id).key)]);
    EXPECT_EQ(scholar_before[id], scholar_after[test::id_of(grown, store.paper(id).key)]);
  }
  EXPECT_EQ("lisa2-2025", after[test::id_of(grown, "lisa2")]);
  EXPECT_EQ("lisa-plus2025", after[test::id_of(grown, "lisa-plus")]);
  EXPECT_EQ("lisa2025a", after[test::id_of(grown, "lisa-2")]);
}

}  // namespace
}  // namespace mllmseg::format
