#include "query/regex.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

using Keys = std::vector<std::string>;

Keys matching(std::string_view pattern, const std::optional<Postings>& candidates = std::nullopt) {
  const Store& store = test::real_store();
  auto ids = regex_select(store, pattern, candidates);
  EXPECT_TRUE(ids.ok()) << pattern << ": " << (ids.ok() ? "" : ids.error());
  return ids.ok() ? test::keys_of(store, *ids) : Keys{"<error>"};
}

std::string regex_error(std::string_view pattern) {
  auto ids = regex_select(test::real_store(), pattern, std::nullopt);
  EXPECT_FALSE(ids.ok()) << pattern;
  return ids.ok() ? std::string("<ok>") : ids.error();
}

TEST(RegexSelect, MatchesTitles) { EXPECT_EQ((Keys{"sa2va"}), matching("sam ?2")); }

TEST(RegexSelect, MatchesNamesOrTitlesIgnoringCase) {
  EXPECT_EQ((Keys{"visa", "sa2va", "vrs-hq", "videolisa", "villa", "glus", "desa2va", "veason-r1", "vocap",
                  "pixfoundation-2-0", "decaf"}),
            matching("VIDEO"));
  EXPECT_EQ((Keys{"lisa"}), matching("^lisa$"));
}

TEST(RegexSelect, MatchesNamesOnlyWhenTheTitleDoesNot) {
  // VideoLISA's title does not contain its name.
  EXPECT_EQ((Keys{"videolisa"}), matching("^videolisa$"));
}

TEST(RegexSelect, PatternCanAskForCase) {
  EXPECT_EQ(Keys{}, matching("(?-i)lisa"));
  EXPECT_EQ((Keys{"lisa", "videolisa"}), matching("(?-i)LISA"));
}

TEST(RegexSelect, NoMatch) { EXPECT_EQ(Keys{}, matching("no such words here")); }

TEST(RegexSelect, CandidatesAreRespected) {
  const Store& store = test::real_store();
  const Postings candidates = test::ids_of(store, {"glamm", "videolisa", "villa"});
  EXPECT_EQ((Keys{"videolisa", "villa"}), matching("video", candidates));
  EXPECT_EQ(Keys{}, matching("video", Postings{}));
}

TEST(RegexSelect, InvalidPattern) {
  EXPECT_EQ("invalid regex '(': missing ): (", regex_error("("));
  EXPECT_EQ("invalid regex 'a**': bad repetition operator: **", regex_error("a**"));
}

TEST(RegexSelect, OversizedPattern) {
  EXPECT_EQ("regex is 4097 bytes long; the limit is 4096", regex_error(std::string(4097, 'a')));
}

TEST(RegexSelect, PatternAtTheSizeLimitIsAccepted) {
  EXPECT_EQ(Keys{}, matching(std::string(k_max_pattern_bytes, 'a')));
}

TEST(RegexSelect, WorkOverTheBudgetIsRefusedBeforeItStarts) {
  // (?:.?){1000}zz over one 1 MiB title took 35 s of CPU.
  Paper big = test::make_paper("a", "A", "CVPR'24", 2024, test::k_res);
  big.title = std::string(std::size_t{1} << 20, 't');
  const auto store = test::store_of({big, test::make_paper("zz", "ZZ", "CVPR'24", 2024, test::k_res)});
  EXPECT_EQ(
      "too much work: a program of 9006 instructions over 1048594 bytes of names and titles is over the "
      "limit of 268435456 (instructions times bytes); narrow the papers first with --task, --venue, --year "
      "or --author, or simplify the pattern",
      regex_select(*store, "(?:.?){1000}zz", std::nullopt).error());
  // The work counts the candidates only: without the long title, it is within the budget.
  EXPECT_EQ(Postings{1}, regex_select(*store, "(?:.?){1000}zz", Postings{1}).value());
  // So is the same pattern over the short titles of the embedded catalog.
  EXPECT_EQ(Keys{}, matching("(?:.?){1000}zz"));
  EXPECT_EQ(
      "too much work: a program of 20 instructions over 13 bytes of names and titles is over the limit of "
      "100 "
      "(instructions times bytes); narrow the papers first with --task, --venue, --year or --author, or "
      "simplify the pattern",
      regex_select(*test::store_of({test::make_paper("a", "A", "CVPR'24", 2024, test::k_res)}), "seg.*llm",
                   std::nullopt, {100, k_max_regex_seconds})
          .error());
}

TEST(RegexSelect, ASearchGivesUpAtItsCpuTimeLimit) {
  EXPECT_EQ(
      "gave up after 0 s of matching, the limit; narrow the papers first with --task, --venue, --year or "
      "--author, or simplify the pattern",
      regex_select(test::real_store(), "seg", std::nullopt, {k_max_regex_work, 0}).error());
}

}  // namespace
}  // namespace mllmseg
