#include "query/request.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

using test::k_res;
using test::k_video;
using Keys = std::vector<std::string>;

// Six papers in list order; res papers lisa, glamm, seg-zero and pixellm.
const Store& small_store() {
  static const auto store = test::store_of({
      test::make_paper("lisa", "LISA", "CVPR", 2024, k_res, "https://github.com/a/lisa",
                       "LISA: Reasoning Segmentation via Large Language Model"),
      test::make_paper("visa", "VISA", "ECCV", 2024, k_video, "https://github.com/a/visa",
                       "VISA: Reasoning Video Object Segmentation via Large Language Models"),
      test::make_paper("glamm", "GLaMM", "CVPR", 2024, k_res, "https://github.com/a/glamm",
                       "GLaMM: Pixel Grounding Large Multimodal Model"),
      test::make_paper("seg-zero", "Seg-Zero", "ArXiv", 2025, k_res, std::nullopt,
                       "Seg-Zero: Reasoning-Chain Guided Segmentation via Cognitive Reinforcement"),
      test::make_paper("videolisa", "VideoLISA", "NeurIPS", 2024, k_video, std::nullopt,
                       "One Token to Seg Them All: Language Instructed Reasoning Segmentation in Videos"),
      test::make_paper("pixellm", "PixelLM", "CVPR", 2024, k_res, std::nullopt,
                       "PixelLM: Pixel Reasoning with Large Multimodal Model"),
  });
  return *store;
}

Answer answer_of(const Request& request) {
  auto answer = run(small_store(), request);
  EXPECT_TRUE(answer.ok()) << answer.error();
  return answer.ok() ? std::move(*answer) : Answer{};
}

Keys keys(const Answer& answer) { return test::keys_of(small_store(), answer.ids); }

std::string run_error(const Request& request) {
  auto answer = run(small_store(), request);
  EXPECT_FALSE(answer.ok());
  return answer.ok() ? std::string("<ok>") : answer.error();
}

Request search_for(std::vector<std::string> words) {
  Request request;
  request.words = std::move(words);
  return request;
}

// --- lists ----------------------------------------------------------------------

TEST(RunRequest, AnEmptyListRequestIsEveryPaperInListOrder) {
  const Answer answer = answer_of(Request{});
  EXPECT_EQ((Keys{"lisa", "visa", "glamm", "seg-zero", "videolisa", "pixellm"}), keys(answer));
  EXPECT_TRUE(answer.highlight.empty());
  EXPECT_TRUE(answer.unchecked.absent_venues.empty());
}

TEST(RunRequest, AListRequestIsWhatTheFilterPasses) {
  Request request;
  request.filter.tasks = k_video;
  EXPECT_EQ((Keys{"visa", "videolisa"}), keys(answer_of(request)));
}

// --- search -----------------------------------------------------------------------

// The flags (task res), the field terms (year:2024) and the pattern each
// narrow the papers the words are looked for in.
TEST(RunRequest, SearchIntersectsFlagsFieldTermsAndRegex) {
  Request request = search_for({"reasoning year:2024"});
  request.filter.tasks = k_res;  // lisa, glamm, seg-zero, pixellm
  request.regex = "lisa|pixel";  // lisa, videolisa, glamm (title), pixellm
  request.sort = SortKey::list;
  const Answer answer = answer_of(request);
  EXPECT_EQ((Keys{"lisa", "pixellm"}), keys(answer));  // glamm: no "reasoning"; seg-zero: 2025
  EXPECT_EQ((std::vector<std::string>{"reasoning"}), answer.highlight.name_words);
  EXPECT_EQ((std::vector<std::string>{"reasoning", "reason"}), answer.highlight.title_words);
}

TEST(RunRequest, ASearchWithoutWordsIsWhatItsTermsAndPatternPass) {
  Request request = search_for({"task:video"});
  request.regex = "^VISA";
  const Answer answer = answer_of(request);
  EXPECT_EQ((Keys{"visa"}), keys(answer));
  EXPECT_TRUE(answer.highlight.empty());
}

TEST(RunRequest, ASearchAskingForNothingIsAnError) {
  EXPECT_EQ("search needs words to look for, field terms (author:jia, year:2025) or --regex PATTERN",
            run_error(search_for({" "})));
}

TEST(RunRequest, ErrorsNameTheTermOrThePattern) {
  EXPECT_EQ("query term 'year:' has no value", run_error(search_for({"year:"})));
  Request request = search_for({"lisa"});
  request.regex = "(";
  EXPECT_EQ("--regex: invalid regex '(': missing ): (", run_error(request));
}

// --- order and limit -----------------------------------------------------------

TEST(RunRequest, SortReverseAndLimit) {
  Request request;
  request.sort = SortKey::name;
  request.reverse = true;
  request.limit = 2;
  EXPECT_EQ((Keys{"visa", "videolisa"}), keys(answer_of(request)));
}

// Without a sort key a search keeps its ranking, and the limit cuts it.
TEST(RunRequest, ALimitCutsASearchInItsRanking) {
  Request request = search_for({"pixel"});
  const Keys ranked = keys(answer_of(request));
  ASSERT_EQ((Keys{"pixellm", "glamm"}), ranked);
  request.limit = 1;
  EXPECT_EQ((Keys{"pixellm"}), keys(answer_of(request)));
}

TEST(ParseLimit, AWholeNumberAboveZero) {
  EXPECT_EQ(3u, *parse_limit("3"));
  EXPECT_EQ("expected a whole number above 0, found '0'", parse_limit("0").error());
  EXPECT_EQ("expected a whole number above 0, found 'x'", parse_limit("x").error());
  EXPECT_EQ("expected a whole number above 0, found '3 '", parse_limit("3 ").error());
}

// --- names (export KEY...) ---------------------------------------------------------

TEST(RunRequest, NamesKeepTheirOrderNarrowedByTheFilter) {
  Request request;
  request.names = {"seg-zero", "VISA", "lisa", "seg-zero"};
  EXPECT_EQ((Keys{"seg-zero", "visa", "lisa"}), keys(answer_of(request)));
  request.filter.tasks = k_res;
  EXPECT_EQ((Keys{"seg-zero", "lisa"}), keys(answer_of(request)));
  request.sort = SortKey::list;
  EXPECT_EQ((Keys{"lisa", "seg-zero"}), keys(answer_of(request)));
}

TEST(RunRequest, NamesThatNameNoPaperAreErrorsAndNothingElse) {
  Request request;
  request.names = {"lisa", "nosuch"};
  const Answer answer = answer_of(request);
  EXPECT_EQ((std::vector<std::string>{
                "unknown paper 'nosuch' (see 'mllmseg list' for names and 'mllmseg search' to find one)"}),
            answer.name_errors);
  EXPECT_TRUE(answer.ids.empty());
}

// --- what the notes need -----------------------------------------------------------

TEST(RunRequest, ACorrectionIsNotedAndHighlightedAsCorrected) {
  const Answer answer = answer_of(search_for({"segmantation"}));
  ASSERT_EQ(1u, answer.corrections.size());
  EXPECT_EQ("segmantation", answer.corrections[0].from);
  EXPECT_EQ("segmentation", answer.corrections[0].to);
  EXPECT_EQ((std::vector<std::string>{"segmentation", "segment"}), answer.highlight.title_words);
  EXPECT_FALSE(answer.ids.empty());
}

TEST(RunRequest, AnUnknownIdentifierAndAnUnmatchedWord) {
  const Answer answer = answer_of(search_for({"arXiv:2401.99999", "2023"}));
  ASSERT_EQ(1u, answer.unknown.size());
  EXPECT_EQ("arXiv id 2401.99999", describe(answer.unknown[0]));
  EXPECT_EQ((std::vector<std::string>{"2023"}), answer.unmatched);
  EXPECT_TRUE(answer.ids.empty());
}

TEST(RunRequest, AnAbsentVenueOfTheFieldIsNotedForFlagsAndTerms) {
  Request request;
  request.filter.venues.push_back(*parse_venue_filter("AAAI", small_store()));
  Answer answer = answer_of(request);
  EXPECT_EQ((std::vector<std::string>{"AAAI"}), answer.unchecked.absent_venues);
  EXPECT_TRUE(answer.ids.empty());
  answer = answer_of(search_for({"venue:aaai", "lisa"}));
  EXPECT_EQ((std::vector<std::string>{"AAAI"}), answer.unchecked.absent_venues);
}

}  // namespace
}  // namespace mllmseg
