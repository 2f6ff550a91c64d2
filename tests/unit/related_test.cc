#include "query/related.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "format/related.h"
#include "test_support.h"

namespace mllmseg {
namespace {

using Strings = std::vector<std::string>;

std::vector<RelatedPaper> related_to(const Store& store, std::string_view key,
                                     const std::optional<Postings>& candidates = std::nullopt) {
  return related(store, test::id_of(store, key), candidates);
}

const RelatedPaper* find(const Store& store, const std::vector<RelatedPaper>& papers, std::string_view key) {
  const auto at = std::find_if(papers.begin(), papers.end(),
                               [&](const RelatedPaper& r) { return store.key(r.doc) == key; });
  return at == papers.end() ? nullptr : &*at;
}

double idf(double n, double df) { return std::log(1.0 + (n - df + 0.5) / (df + 0.5)); }

// --- the embedded catalog ------------------------------------------------------

TEST(Related, SegZeroFindsVisionReasonerFirstByItsAuthors) {
  const Store& store = test::real_store();
  const auto papers = related_to(store, "seg-zero");
  ASSERT_FALSE(papers.empty());
  EXPECT_EQ("visionreasoner", store.key(papers[0].doc));
  // As Seg-Zero lists them, in its order.
  EXPECT_EQ((Strings{"Yuqi Liu", "Bohao Peng", "Zhisheng Zhong", "Bei Yu", "Jiaya Jia"}),
            papers[0].reasons.authors);
  EXPECT_EQ((Strings{"reinforcement", "reasoning"}), papers[0].reasons.words);
  EXPECT_EQ(test::k_res, papers[0].reasons.tasks);
  EXPECT_EQ(NameLink::none, papers[0].reasons.name);
  EXPECT_EQ(
      "shares authors Yuqi Liu, Bohao Peng, Zhisheng Zhong, Bei Yu, Jiaya Jia; words: reinforcement, "
      "reasoning; tasks: res",
      format::related_reason(store, test::id_of(store, "seg-zero"), papers[0]));
}

TEST(Related, LisaFindsVideoLisaByNameAndItsGroupByAuthors) {
  const Store& store = test::real_store();
  const auto papers = related_to(store, "lisa");
  ASSERT_FALSE(papers.empty());
  EXPECT_EQ("videolisa", store.key(papers[0].doc));
  EXPECT_EQ(NameLink::contains, papers[0].reasons.name);
  EXPECT_TRUE(papers[0].reasons.authors.empty());
  EXPECT_EQ(0, papers[0].reasons.tasks);  // LISA is res, VideoLISA video
  const DocId lisa = test::id_of(store, "lisa");
  EXPECT_EQ("words: language, reasoning, segmentation; VideoLISA contains LISA",
            format::related_reason(store, lisa, papers[0]));

  const RelatedPaper* reasoner = find(store, papers, "visionreasoner");
  ASSERT_NE(nullptr, reasoner);
  EXPECT_EQ((Strings{"Shu Liu", "Jiaya Jia"}), reasoner->reasons.authors);
  const RelatedPaper* seg_zero = find(store, papers, "seg-zero");
  ASSERT_NE(nullptr, seg_zero);
  EXPECT_EQ((Strings{"Jiaya Jia"}), seg_zero->reasons.authors);
  EXPECT_EQ("shares author Jiaya Jia; words: reasoning, segmentation; tasks: res",
            format::related_reason(store, lisa, *seg_zero));
}

TEST(Related, StemsMatchOtherFormsOfAWord) {
  const Store& store = test::real_store();
  // Seg-Zero's "Reinforcement" is LENS's "Reinforced", named as Seg-Zero writes it.
  const auto papers = related_to(store, "seg-zero");
  const RelatedPaper* lens = find(store, papers, "lens");
  ASSERT_NE(nullptr, lens);
  EXPECT_NE(lens->reasons.words.end(),
            std::find(lens->reasons.words.begin(), lens->reasons.words.end(), "reinforcement"));
}

TEST(Related, NamesContainingEachOtherEitherWay) {
  const Store& store = test::real_store();
  const auto from_plain = related_to(store, "text4seg");
  const RelatedPaper* plus = find(store, from_plain, "text4segpp");
  ASSERT_NE(nullptr, plus);
  EXPECT_EQ(NameLink::contains, plus->reasons.name);
  const auto back = related_to(store, "text4segpp");
  const RelatedPaper* plain = find(store, back, "text4seg");
  ASSERT_NE(nullptr, plain);
  EXPECT_EQ(NameLink::contained, plain->reasons.name);
  EXPECT_NE(std::string::npos, format::related_reason(store, test::id_of(store, "text4segpp"), *plain)
                                   .find("; Text4Seg++ contains Text4Seg"));
  const auto from_lens = related_to(store, "lens");
  const RelatedPaper* other_lens = find(store, from_lens, "lens-2");
  ASSERT_NE(nullptr, other_lens);
  EXPECT_EQ(NameLink::same, other_lens->reasons.name);
}

TEST(Related, BestFirstTiesInListOrderNeverItselfNeverZero) {
  const Store& store = test::real_store();
  for (const char* key : {"seg-zero", "lisa", "sa2va", "lens-2", "pixfoundation-2-0"}) {
    const DocId of = test::id_of(store, key);
    const auto papers = related(store, of, std::nullopt);
    for (std::size_t i = 0; i < papers.size(); ++i) {
      EXPECT_NE(of, papers[i].doc) << key;
      EXPECT_GT(papers[i].score, 0.0) << key;
      if (i > 0) {
        const RelatedPaper& before = papers[i - 1];
        EXPECT_TRUE(before.score > papers[i].score ||
                    (before.score == papers[i].score && before.doc < papers[i].doc))
            << key << " at " << i;
      }
    }
  }
}

TEST(Related, LimitKeepsTheBest) {
  const Store& store = test::real_store();
  const auto all = related_to(store, "lisa");
  const auto three = related(store, test::id_of(store, "lisa"), std::nullopt, 3);
  ASSERT_EQ(3u, three.size());
  for (std::size_t i = 0; i < three.size(); ++i) {
    EXPECT_EQ(all[i].doc, three[i].doc);
    EXPECT_EQ(all[i].score, three[i].score);
  }
}

TEST(Related, CandidatesChooseWhichPapersNotHowTheyScore) {
  const Store& store = test::real_store();
  const auto all = related_to(store, "lisa");
  const Postings video = store.with_task(Task::video);
  const auto papers = related_to(store, "lisa", video);
  ASSERT_FALSE(papers.empty());
  for (const RelatedPaper& r : papers) {
    EXPECT_TRUE(std::binary_search(video.begin(), video.end(), r.doc));
    const RelatedPaper* same = find(store, all, store.key(r.doc));
    ASSERT_NE(nullptr, same);
    EXPECT_EQ(same->score, r.score);
  }
  EXPECT_TRUE(related_to(store, "lisa", Postings{}).empty());
  EXPECT_TRUE(related_to(store, "lisa", Postings{test::id_of(store, "lisa")}).empty());
}

// --- the formula, on small catalogs --------------------------------------------

Paper paper_of(std::string key, std::string title, TaskSet tasks, std::vector<std::string> authors = {},
               std::optional<std::string> abstract = std::nullopt) {
  Paper p = test::make_paper(key, key, "arXiv", 2025, tasks, std::nullopt, std::move(title));
  p.authors = std::move(authors);
  p.abstract = std::move(abstract);
  return p;
}

TEST(Related, AbstractWordsCountAQuarterOfTitleWords) {
  const auto store = test::store_of({
      paper_of("alpha", "Segmenting Zebras", test::k_res),
      paper_of("bravo", "Zebra Crossings", test::k_ovss),
      paper_of("charlie", "Horses", test::k_video, {}, "We segment zebras and horses."),
      paper_of("delta", "Tigers", test::k_video),
  });
  const auto papers = related(*store, 0, std::nullopt);
  ASSERT_EQ(2u, papers.size());
  // Bravo shares "zebra" (in 3 papers) in its title; Charlie shares it and
  // the rarer "segment" (in 2), both in its abstract only.
  EXPECT_EQ("bravo", store->key(papers[0].doc));
  EXPECT_DOUBLE_EQ(idf(4, 3), papers[0].score);
  EXPECT_EQ((Strings{"zebras"}), papers[0].reasons.words);
  EXPECT_EQ("charlie", store->key(papers[1].doc));
  EXPECT_DOUBLE_EQ(0.25 * (idf(4, 2) + idf(4, 3)), papers[1].score);
  EXPECT_EQ((Strings{"segmenting", "zebras"}), papers[1].reasons.words);
}

TEST(Related, AuthorsTasksAndNamesAddTheirWeights) {
  const auto store = test::store_of({
      paper_of("ufo", "One", test::k_video, {"Jürgen Müller", "Ann Lee"}),
      paper_of("ufo-2", "Two", test::k_video | test::k_res, {"jurgen muller"}),
      paper_of("other", "Three", test::k_res, {"Ann Lee"}),
      paper_of("fourth", "Four", test::k_res, {"Bo Wu"}),
  });
  const auto papers = related(*store, 0, std::nullopt);
  ASSERT_EQ(2u, papers.size());
  const RelatedPaper& two = papers[0];
  EXPECT_EQ("ufo-2", store->key(two.doc));
  EXPECT_EQ((Strings{"Jürgen Müller"}), two.reasons.authors);  // as the given paper writes it
  EXPECT_EQ(test::k_video, two.reasons.tasks);
  EXPECT_EQ(NameLink::contains, two.reasons.name);
  EXPECT_DOUBLE_EQ(idf(4, 2) + 0.5 * idf(4, 2) + 2 * idf(4, 2), two.score);
  EXPECT_EQ("other", store->key(papers[1].doc));
  EXPECT_DOUBLE_EQ(idf(4, 2), papers[1].score);
  EXPECT_EQ("shares author Jürgen Müller; tasks: video; ufo-2 contains ufo",
            format::related_reason(*store, 0, two));
}

TEST(Related, ShortNamesAreNotComparedAndNothingSharedIsNothingListed) {
  const auto store = test::store_of({
      paper_of("ab", "One", test::k_res),
      paper_of("abc", "Two", test::k_ovss),
  });
  EXPECT_TRUE(related(*store, 0, std::nullopt).empty());
  EXPECT_TRUE(related(*store, 1, std::nullopt).empty());
}

// --- output ----------------------------------------------------------------------

TEST(RelatedFormat, JsonAddsScoreAndReasonsToEachPaper) {
  const Store& store = test::real_store();
  const DocId lisa = test::id_of(store, "lisa");
  const auto papers = related(store, lisa, std::nullopt, 2);
  const auto json = nlohmann::json::parse(format::dump(format::related_json(store, lisa, papers), -1));
  ASSERT_EQ(2u, json.size());
  EXPECT_EQ("videolisa", json[0]["key"]);
  EXPECT_EQ(std::round(papers[0].score * 100) / 100, json[0]["score"].get<double>());
  EXPECT_EQ(nlohmann::json::parse(R"({"authors": [], "words": ["language", "reasoning", "segmentation"],
                                      "tasks": [], "name": "VideoLISA contains LISA"})"),
            json[0]["reasons"]);
  EXPECT_EQ("visionreasoner", json[1]["key"]);
  EXPECT_EQ(nlohmann::json::parse(R"({"authors": ["Shu Liu", "Jiaya Jia"], "words": ["reasoning"],
                                      "tasks": ["res"], "name": null})"),
            json[1]["reasons"]);
  EXPECT_EQ("[]", format::dump(format::related_json(store, lisa, {}), 2));
}

TEST(RelatedFormat, TabSeparatedEndsWithScoreAndReason) {
  const Store& store = test::real_store();
  const DocId lisa = test::id_of(store, "lisa");
  const auto papers = related(store, lisa, std::nullopt, 1);
  EXPECT_EQ(
      "videolisa\tVideoLISA\tNeurIPS'24\tvideo\thttps://github.com/showlab/VideoLISA\tOne Token to Seg Them "
      "All: Language Instructed Reasoning Segmentation in Videos\t9.29\twords: language, reasoning, "
      "segmentation; VideoLISA contains LISA\n",
      format::related_tab_separated(store, lisa, papers));
}

TEST(RelatedFormat, TableWrapsEachReasonUnderItsRow) {
  const Store& store = test::real_store();
  const DocId lisa = test::id_of(store, "lisa");
  const auto papers = related(store, lisa, std::nullopt, 2);
  format::Style style;
  style.width = 80;
  EXPECT_EQ(
      "NAME            VENUE       SCORE  TITLE\n"
      "VideoLISA       NeurIPS'24   9.29  One Token to Seg Them All: Language Instruct\xE2\x80\xA6\n"
      "                words: language, reasoning, segmentation; VideoLISA contains\n"
      "                LISA\n"
      "VisionReasoner  ArXiv'2505   7.50  VisionReasoner: Unified Visual Perception an\xE2\x80\xA6\n"
      "                shares authors Shu Liu, Jiaya Jia; words: reasoning; tasks: res\n",
      format::related_table(store, lisa, papers, style));
  EXPECT_EQ("", format::related_table(store, lisa, {}, style));
}

TEST(RelatedFormat, ReasonNamesSixWordsAtMost) {
  RelatedPaper paper;
  paper.reasons.words = {"a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8"};
  const auto store =
      test::store_of({paper_of("one", "One", test::k_res), paper_of("two", "Two", test::k_res)});
  paper.doc = 1;
  EXPECT_EQ("words: a1, b2, c3, d4, e5, f6 (+2 more)", format::related_reason(*store, 0, paper));
}

TEST(Related, WordsLeaveOutStopWordsAndSingleCharacters) {
  EXPECT_EQ((Strings{"unified", "model", "segmentation", "sam2", "sam2"}),
            related_words("Towards a Unified Model of the Segmentation: X-SAM2 with SAM2"));
}

}  // namespace
}  // namespace mllmseg
