// Search on the current list: words compared by stem, words that match
// nothing, numbers, and identifiers in a query.
#include <gtest/gtest.h>

#include "query/search.h"
#include "test_support.h"

namespace mllmseg {
namespace {

using Keys = std::vector<std::string>;

SearchResult run_words(const std::vector<std::string>& args) {
  auto query = parse_search_query(args, test::real_store());
  EXPECT_TRUE(query.ok());
  return query.ok() ? search(test::real_store(), *query, std::nullopt) : SearchResult{};
}

Keys word_hit_keys(const SearchResult& result) {
  Keys keys;
  for (const auto& hit : result.hits) {
    keys.push_back(test::real_store().paper(hit.doc).key);
  }
  return keys;
}

TEST(SearchStems, OtherFormsOfAWordMatchBelowTheWordItself) {
  const SearchResult r = run_words({"reinforcement"});
  // Four titles say Reinforcement; LENS says Reinforced, Veason-R1 Reinforcing.
  EXPECT_EQ((Keys{"visionreasoner", "seg-zero", "seg-r1", "sam-r1", "lens", "veason-r1"}), word_hit_keys(r));
  EXPECT_EQ(1u, r.hits[3].direct_matched);
  EXPECT_EQ(0u, r.hits[4].direct_matched);
  EXPECT_EQ(1u, r.hits[4].matched);
  EXPECT_TRUE(r.corrections.empty());
  EXPECT_TRUE(r.unmatched.empty());
}

TEST(SearchStems, ASegmenterIsASegmentation) {
  const Keys keys = word_hit_keys(run_words({"segmenter"}));
  ASSERT_GT(keys.size(), 40u);
  EXPECT_EQ("desa2va", keys.front());  // "...Video Segmenter and Grounder"
}

TEST(SearchWords, AMisspeltWordIsCorrectedAndCounts) {
  const SearchResult r = run_words({"video", "reasonign"});
  ASSERT_EQ(1u, r.corrections.size());
  EXPECT_EQ("reasonign", r.corrections[0].from);
  EXPECT_EQ("reasoning", r.corrections[0].to);
  EXPECT_EQ(2u, r.hits.front().matched);
}

TEST(SearchWords, AMisspeltWordWithTheRightStemMatchesByStem) {
  const SearchResult r = run_words({"reasoning", "reinforcment"});
  EXPECT_TRUE(r.corrections.empty());
  EXPECT_EQ(2u, r.hits.front().matched);
}

TEST(SearchWords, AWordWithNoNeighbourIsReportedNotDropped) {
  const SearchResult r = run_words({"reasoning", "xqzzy"});
  EXPECT_EQ(Keys{"xqzzy"}, r.unmatched);
  EXPECT_TRUE(r.corrections.empty());
  EXPECT_FALSE(r.hits.empty());
}

TEST(SearchWords, NumbersAreNeverCorrected) {
  const SearchResult r = run_words({"2024"});
  EXPECT_EQ(Keys{"2024"}, r.unmatched);
  EXPECT_TRUE(r.corrections.empty());
  EXPECT_TRUE(r.hits.empty());
}

TEST(SearchIdentifiers, AnIdIsNotSplitIntoWords) {
  auto query = parse_search_query({"arXiv:2308.00692v2", "https://github.com/dvlab-research/LISA", "video"},
                                  test::real_store());
  ASSERT_TRUE(query.ok());
  ASSERT_EQ(2u, query->ids.size());
  EXPECT_EQ(Identifier::Kind::arxiv, query->ids[0].kind);
  EXPECT_EQ("2308.00692", query->ids[0].value);
  EXPECT_EQ(Identifier::Kind::url, query->ids[1].kind);
  ASSERT_EQ(1u, query->words.size());
  EXPECT_EQ("video", query->words[0].text);
}

TEST(SearchIdentifiers, ThePaperAnIdNamesComesFirst) {
  const Keys keys = word_hit_keys(run_words({"video", "2308.00692"}));
  ASSERT_GT(keys.size(), 2u);
  EXPECT_EQ("lisa", keys.front());
  EXPECT_EQ(1, std::count(keys.begin(), keys.end(), "lisa"));
  EXPECT_EQ((Keys{"lisa"}), word_hit_keys(run_words({"2308.00692"})));
}

TEST(SearchIdentifiers, AnUnknownIdIsReported) {
  const SearchResult r = run_words({"2308.99999"});
  EXPECT_TRUE(r.hits.empty());
  ASSERT_EQ(1u, r.unknown.size());
  EXPECT_EQ("arXiv id 2308.99999", describe(r.unknown[0]));
  EXPECT_TRUE(r.unmatched.empty());
}

TEST(SearchIdentifiers, FiltersApplyToNamedPapers) {
  auto query = parse_search_query({"2308.00692"}, test::real_store());
  ASSERT_TRUE(query.ok());
  const Postings none;
  EXPECT_TRUE(search(test::real_store(), *query, none).hits.empty());
}

}  // namespace
}  // namespace mllmseg
