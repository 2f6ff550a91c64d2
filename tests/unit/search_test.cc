#include "query/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "test_support.h"

namespace mllmseg {
namespace {

using Keys = std::vector<std::string>;

std::vector<SearchWord> any_words(std::initializer_list<const char*> words) {
  std::vector<SearchWord> out;
  for (const char* w : words) {
    out.push_back({w, Scope::any});
  }
  return out;
}

// Ranking is tested on the March 2025 list, which does not grow: the hits
// and their order stay what these tests reason about.
SearchResult run(std::vector<SearchWord> words, const std::optional<Postings>& candidates = std::nullopt) {
  return search(test::seed_store(), std::move(words), candidates);
}

Keys hit_keys(const SearchResult& result, const Store& store = test::seed_store()) {
  Keys keys;
  for (const auto& hit : result.hits) {
    keys.push_back(store.paper(hit.doc).key);
  }
  return keys;
}

std::string query_error(const std::vector<std::string>& args) {
  auto q = parse_search_query(args, test::real_store());
  EXPECT_FALSE(q.ok());
  return q.ok() ? std::string("<ok>") : q.error();
}

std::string words_text(const SearchQuery& q) {
  std::string out;
  for (const auto& w : q.words) {
    out += w.scope == Scope::name ? "name:" : w.scope == Scope::title ? "title:" : "";
    out += w.text + " ";
  }
  return out;
}

// --- parse_search_query ---------------------------------------------------------

TEST(ParseSearchQuery, SplitsArgumentsIntoLowercaseWords) {
  auto q = parse_search_query({"OMG-LLaVA", "reasoning  video"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ("omg llava reasoning video ", words_text(*q));
  EXPECT_TRUE(q->filter.empty());
}

TEST(ParseSearchQuery, TitleAndNameScopes) {
  auto q = parse_search_query({"Title:Reasoning-Segmentation", "name:LISA", "sam2"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ("title:reasoning title:segmentation name:lisa sam2 ", words_text(*q));
}

TEST(ParseSearchQuery, FieldTermsBecomeAFilter) {
  auto q =
      parse_search_query({"venue:NeurIPS'24 year:2024.. task:video code:yes", "lisa"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ("lisa ", words_text(*q));
  ASSERT_EQ(1u, q->filter.venues.size());
  EXPECT_EQ("NeurIPS", q->filter.venues[0].series);
  EXPECT_EQ(std::optional<int>(2024), q->filter.venues[0].year);
  ASSERT_EQ(1u, q->filter.years.size());
  EXPECT_EQ(2024, q->filter.years[0].lo);
  EXPECT_EQ(test::k_video, q->filter.tasks);
  EXPECT_EQ(std::optional<bool>(true), q->filter.has_code);
}

// "cvpr25" is CVPR'25, not the word cvpr: as a word it would rank CVPR'24 too.
TEST(ParseSearchQuery, AVenueAndYearWordIsAVenueTerm) {
  auto q = parse_search_query({"cvpr25", "NIPS'24", "reasoning"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ("reasoning ", words_text(*q));
  ASSERT_EQ(2u, q->filter.venues.size());
  EXPECT_EQ("CVPR", q->filter.venues[0].series);
  EXPECT_EQ(std::optional<int>(2025), q->filter.venues[0].year);
  EXPECT_EQ("NeurIPS", q->filter.venues[1].series);
  // A series alone, a word with one digit and a name that is no venue stay words.
  auto words = parse_search_query({"cvpr", "sam2", "llava15"}, test::real_store());
  ASSERT_TRUE(words.ok()) << words.error();
  EXPECT_EQ("cvpr sam2 llava15 ", words_text(*words));
  EXPECT_TRUE(words->filter.empty());
}

TEST(ParseSearchQuery, TaskTermsOrTogether) {
  auto q = parse_search_query({"task:res", "task:video"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ(test::k_res | test::k_video, q->filter.tasks);
  EXPECT_TRUE(q->words.empty());
}

TEST(ParseSearchQuery, ColonAfterNonLettersIsAWord) {
  auto q = parse_search_query({"sam2:x", "2024:"}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ("sam2 x 2024 ", words_text(*q));
}

TEST(ParseSearchQuery, UnknownFieldWithSuggestion) {
  EXPECT_EQ("unknown field 'titel' in query term 'titel:sam'; did you mean 'title:'?",
            query_error({"titel:sam"}));
  EXPECT_EQ("unknown field 'yeaar' in query term 'Yeaar:2024'; did you mean 'year:'?",
            query_error({"Yeaar:2024"}));
}

TEST(ParseSearchQuery, UnknownFieldWithoutSuggestion) {
  EXPECT_EQ(
      "unknown field 'doi' in query term 'doi:10.1' (known: title, name, author, venue, year, listed, task, "
      "code)",
      query_error({"doi:10.1"}));
}

TEST(ParseSearchQuery, EmptyValue) {
  EXPECT_EQ("query term 'year:' has no value", query_error({"year:"}));
  EXPECT_EQ("query term 'title:' has no value", query_error({"lisa title:"}));
}

TEST(ParseSearchQuery, BadValuesNameTheTerm) {
  EXPECT_EQ("in query term 'year:20x4': invalid year '20x4' (expected YYYY, YYYY..YYYY, YYYY.. or ..YYYY)",
            query_error({"year:20x4"}));
  EXPECT_EQ(
      "in query term 'venue:Nature': unknown venue 'Nature' (known: CVPR, ICML, ECCV, NeurIPS, WACV, ArXiv, "
      "ICLR, ICCV, ACL, IJCV)",
      query_error({"venue:Nature"}));
  EXPECT_EQ("in query term 'task:vidoe': unknown task 'vidoe'; did you mean 'video'?",
            query_error({"task:vidoe"}));
  EXPECT_EQ("in query term 'code:maybe': invalid value 'maybe' (expected yes or no)",
            query_error({"code:maybe"}));
}

TEST(ParseSearchQuery, ListedTermsAreDateRanges) {
  auto q = parse_search_query({"sam", "listed:2025-10.."}, test::real_store());
  ASSERT_TRUE(q.ok()) << q.error();
  ASSERT_EQ(1u, q->filter.listed.size());
  EXPECT_EQ("2025-10-01", q->filter.listed[0].lo);
  EXPECT_EQ(
      "in query term 'listed:oct': invalid date range 'oct' (expected a year, month or day, YYYY, YYYY-MM or "
      "YYYY-MM-DD, alone or as FROM..TO, FROM.. or ..TO)",
      query_error({"listed:oct"}));
}

// The current list: its newest papers are found too.
TEST(Search, TheEmbeddedCatalogFindsPapersOfTheCurrentList) {
  const Store& store = test::real_store();
  const Keys keys = hit_keys(search(store, any_words({"sam2"}), std::nullopt), store);
  ASSERT_FALSE(keys.empty());
  EXPECT_EQ("sa2va", keys.front());
  EXPECT_EQ((Keys{"lens", "lens-2"}),
            hit_keys(search(store, {SearchWord{"lens", Scope::name}}, std::nullopt), store));
}

TEST(ParseSearchQuery, ContradictoryCodeTerms) {
  EXPECT_EQ("query asks for papers both with and without code", query_error({"code:yes", "code:no"}));
}

// --- search ---------------------------------------------------------------------------

TEST(Search, Sam2FindsSa2vaFirst) {
  const SearchResult r = run(any_words({"sam2"}));
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ("sa2va", hit_keys(r).front());
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, LisaGivesLisaThenVideoLisa) {
  const SearchResult r = run(any_words({"lisa"}));
  EXPECT_EQ((Keys{"lisa", "videolisa"}), hit_keys(r));
  ASSERT_EQ(2u, r.hits.size());
  EXPECT_EQ(1u, r.hits[0].matched);
  EXPECT_EQ(1u, r.hits[0].name_matched);
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

TEST(Search, WordsMatchInsideNames) {
  const Keys keys = hit_keys(run(any_words({"llava"})));
  ASSERT_EQ(3u, keys.size());
  EXPECT_EQ((std::set<std::string>{"omg-llava", "u-llava"}),
            std::set<std::string>(keys.begin(), keys.begin() + 2));
  EXPECT_EQ("sa2va", keys[2]);  // LLaVA only in its title
}

TEST(Search, NameMatchesRankAboveTitleOnlyMatches) {
  const SearchResult r = run(any_words({"seg"}));
  const Keys keys = hit_keys(r);
  ASSERT_GT(keys.size(), 5u);
  EXPECT_EQ((std::set<std::string>{"lavaseg", "segllm", "hyperseg", "instructseg", "text4seg"}),
            std::set<std::string>(keys.begin(), keys.begin() + 5));
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    EXPECT_EQ(i < 5 ? 1u : 0u, r.hits[i].name_matched) << keys[i];
  }
}

TEST(Search, WordsMatchTitleWordsByPrefix) {
  const Keys keys = hit_keys(run(any_words({"reason"})));
  EXPECT_EQ((std::set<std::string>{"lisa", "pixellm", "cores", "visa", "omg-llava", "segllm", "prima",
                                   "miras", "videolisa", "villa", "vrs-hq"}),
            std::set<std::string>(keys.begin(), keys.end()));
  EXPECT_EQ(11u, keys.size());
}

TEST(Search, PapersMatchingAllWordsComeFirst) {
  const SearchResult r = run(any_words({"video", "reasoning"}));
  const Keys keys = hit_keys(r);
  ASSERT_GE(keys.size(), 4u);
  EXPECT_EQ((std::set<std::string>{"visa", "videolisa", "villa", "vrs-hq"}),
            std::set<std::string>(keys.begin(), keys.begin() + 4));
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    EXPECT_EQ(i < 4 ? 2u : 1u, r.hits[i].matched) << keys[i];
  }
  // video: 5 papers, reasoning: 11, four in both.
  EXPECT_EQ(12u, keys.size());
}

TEST(Search, HitsAreOrderedByMatchedNameMatchedScore) {
  const SearchResult r = run(any_words({"segmentation", "large", "lisa"}));
  ASSERT_FALSE(r.hits.empty());
  for (std::size_t i = 1; i < r.hits.size(); ++i) {
    const SearchHit& a = r.hits[i - 1];
    const SearchHit& b = r.hits[i];
    const bool ordered =
        a.matched > b.matched ||
        (a.matched == b.matched &&
         (a.name_matched > b.name_matched || (a.name_matched == b.name_matched &&
                                              (a.score > b.score || (a.score == b.score && a.doc < b.doc)))));
    EXPECT_TRUE(ordered) << "at " << i;
  }
  EXPECT_EQ("lisa", hit_keys(r).front());
}

TEST(Search, TypoIsCorrected) {
  const SearchResult r = run(any_words({"segmentaton"}));
  ASSERT_EQ(1u, r.corrections.size());
  EXPECT_EQ("segmentaton", r.corrections[0].from);
  EXPECT_EQ("segmentation", r.corrections[0].to);
  EXPECT_EQ(hit_keys(run(any_words({"segmentation"}))), hit_keys(r));
}

TEST(Search, NothingCloseGivesNoHitsAndNoCorrection) {
  const SearchResult r = run(any_words({"zzzzzzzz"}));
  EXPECT_TRUE(r.hits.empty());
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, CandidatesRestrictResults) {
  const Store& store = test::seed_store();
  const SearchResult r = run(any_words({"lisa"}), Postings{test::id_of(store, "videolisa")});
  EXPECT_EQ((Keys{"videolisa"}), hit_keys(r));
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, CandidatesMayExcludeEveryMatch) {
  const Store& store = test::seed_store();
  const SearchResult r = run(any_words({"lisa"}), store.with_task(Task::ovss));
  EXPECT_TRUE(r.hits.empty());
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, ScopedWordThatOnlyMatchesElsewhereIsNotCorrectedToItself) {
  const SearchResult r = run({SearchWord{"segmentation", Scope::name}});
  EXPECT_TRUE(r.hits.empty());
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, NameScope) {
  const SearchResult r = run({SearchWord{"lisa", Scope::name}});
  EXPECT_EQ((Keys{"lisa", "videolisa"}), hit_keys(r));
}

TEST(Search, TitleScope) {
  const SearchResult r = run({SearchWord{"lisa", Scope::title}});
  EXPECT_EQ((Keys{"lisa"}), hit_keys(r));
  EXPECT_EQ(0u, r.hits[0].name_matched);
}

TEST(Search, VenueWordsMatchToo) {
  const Keys keys = hit_keys(run(any_words({"iclr"})));
  EXPECT_EQ((std::set<std::string>{"setokim", "segllm", "text4seg"}),
            std::set<std::string>(keys.begin(), keys.end()));
}

TEST(Search, NoWordsGiveNoHits) {
  const SearchResult r = run({});
  EXPECT_TRUE(r.hits.empty());
  EXPECT_TRUE(r.corrections.empty());
}

TEST(Search, TinyStoreRanksByScore) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "Alpha", "CVPR'24", 2024, test::k_res, std::nullopt,
                                    "Segmentation of many long things in a very long title indeed"));
  papers.push_back(test::make_paper("b", "Beta", "CVPR'24", 2024, test::k_res, std::nullopt, "Segmentation"));
  papers.push_back(test::make_paper("c", "Gamma", "CVPR'24", 2024, test::k_res, std::nullopt, "Other"));
  const auto store = test::store_of(std::move(papers));
  const SearchResult r = search(*store, any_words({"segment"}), std::nullopt);
  ASSERT_EQ(2u, r.hits.size());
  // The shorter title ranks first (BM25 length normalisation).
  EXPECT_EQ(1u, r.hits[0].doc);
  EXPECT_EQ(0u, r.hits[1].doc);
}

}  // namespace
}  // namespace mllmseg
