#include "catalog/person.h"

#include <gtest/gtest.h>

#include "query/filter.h"
#include "test_support.h"

namespace mllmseg {
namespace {

using Words = std::vector<std::string>;

TEST(Fold, LowercasesAndDropsAccents) {
  EXPECT_EQ("adam muller-ludenscheidt", fold("Ádám Müller-Lüdenscheidt"));
  EXPECT_EQ("strasse", fold("Straße"));
  EXPECT_EQ("lukasz zolkiewski", fold("Łukasz Żółkiewski"));
  EXPECT_EQ("aeroe", fold("Ærøe"));
}

TEST(Fold, LeavesOtherScriptsAlone) { EXPECT_EQ("王 wang", fold("王 Wang")); }

TEST(NameWords, SplitsOnSpacesAndPunctuation) {
  EXPECT_EQ((Words{"ming", "hsuan", "yang"}), name_words("Ming-Hsuan Yang"));
}

TEST(AuthorMatches, OneWordIsAFamilyName) {
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("jia")));
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("JIA")));
  EXPECT_FALSE(author_matches("Jiashi Feng", parse_author_query("jia")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("jiaya")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("ji")));
  EXPECT_TRUE(author_matches("Jia, Jiaya", parse_author_query("jia")));
  EXPECT_TRUE(author_matches("Stefan M\xc3\xbcller", parse_author_query("muller")));
  EXPECT_TRUE(author_matches("Stefan Muller", parse_author_query("M\xc3\xbcller")));
}

TEST(AuthorMatches, SeveralWordsAreAFullNameInAnyOrder) {
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("Jiaya Jia")));
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("jia jiaya")));
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("J. Jia")));
  EXPECT_TRUE(author_matches("Chen Change Loy", parse_author_query("Chen Loy")));
  EXPECT_TRUE(author_matches("Tat-Seng Chua", parse_author_query("Tat-Seng Chua")));
  // A full name must include the family name, and each word is used once.
  EXPECT_FALSE(author_matches("Chen Change Loy", parse_author_query("Chen Change")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("jia jia")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("jia jia jia")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("Xin Jia")));
}

TEST(AuthorMatches, AStarMakesAPrefixOfAnyWord) {
  EXPECT_TRUE(author_matches("Jiaya Jia", parse_author_query("jia*")));
  EXPECT_TRUE(author_matches("Jiashi Feng", parse_author_query("jia*")));
  EXPECT_TRUE(author_matches("Jiashi Feng", parse_author_query("Jia* Feng")));
  EXPECT_FALSE(author_matches("Xin Lai", parse_author_query("jia*")));
  EXPECT_FALSE(author_matches("Jiaya Jia", parse_author_query("")));
}

TEST(ParseAuthorQuery, FoldsWordsAndMarksPrefixes) {
  const AuthorQuery query = parse_author_query("Tat-Seng  Ch*");
  EXPECT_EQ((Words{"tat", "seng", "ch"}), query.words);
  EXPECT_EQ((std::vector<bool>{false, false, true}), query.prefix);
  EXPECT_TRUE(parse_author_query(" - * ").empty());
}

TEST(ShortAuthors, OneTwoOrMany) {
  EXPECT_EQ("", short_authors({}));
  EXPECT_EQ("Lai", short_authors({"Xin Lai"}));
  EXPECT_EQ("Lai & Tian", short_authors({"Xin Lai", "Zhuotao Tian"}));
  EXPECT_EQ("Lai et al.", short_authors({"Xin Lai", "Zhuotao Tian", "Jiaya Jia"}));
}

TEST(ParseAuthorFilter, FoldsWordsAndRejectsEmptyNames) {
  EXPECT_EQ((Words{"jiaya", "jia"}), parse_author_filter("Jiaya  Jia")->words);
  EXPECT_EQ("invalid author ' - ' (expected a name, such as Jia or \"Jiaya Jia\")",
            parse_author_filter(" - ").error());
}

TEST(ByAuthor, FindsPapersOnTheRealCatalog) {
  const Store& store = test::real_store();
  // Jiaya Jia: LISA, and Seg-Zero and VisionReasoner, which joined the list later.
  const std::vector<std::string> jia{"lisa", "seg-zero", "visionreasoner"};
  // The family name Jia: Jiaya Jia's three papers and Xu Jia's Veason-R1.
  EXPECT_EQ((std::vector<std::string>{"lisa", "seg-zero", "visionreasoner", "veason-r1"}),
            test::keys_of(store, store.by_author(parse_author_query("jia"))));
  EXPECT_EQ(jia, test::keys_of(store, store.by_author(parse_author_query("Jiaya Jia"))));
  EXPECT_EQ((std::vector<std::string>{"lisa"}),
            test::keys_of(store, store.by_author(parse_author_query("lai xin"))));
  // A given name is no family name; with a star it is a prefix of either.
  EXPECT_EQ(std::vector<std::string>{}, test::keys_of(store, store.by_author(parse_author_query("jiaya"))));
  EXPECT_EQ(jia, test::keys_of(store, store.by_author(parse_author_query("jiaya*"))));
}

TEST(ByAuthor, FilterOrsRepeatedAuthors) {
  const Store& store = test::real_store();
  Filter filter;
  filter.authors = {parse_author_query("Jiaya Jia"), parse_author_query("Tat-Seng Chua")};
  EXPECT_EQ(
      (std::vector<std::string>{"lisa", "next-chat", "vitron", "setokim", "seg-zero", "visionreasoner"}),
      test::keys_of(store, select(store, filter).take()));
}

TEST(WithoutAuthors, CountsThePapersAnAuthorFilterCannotLookAt) {
  const Store& store = test::real_store();
  Filter filter;
  EXPECT_EQ(0u, without_authors(store, filter));  // no author asked for
  filter.authors = {parse_author_query("Jia")};
  EXPECT_EQ(1u, without_authors(store, filter));  // lens-2, the one paper without an ordered list
  filter.tasks = task_bit(Task::video);
  EXPECT_EQ(0u, without_authors(store, filter));  // lens-2 is not a video paper
}

// Counted off the gathered records: 38 of the seed's 39 papers have an
// ordered list, and 35 of the 36 later records (LENS 2510.16785 has none;
// HyperSeg's newer record gives it one), 23 + 22 first-version dates, 34 + 24
// lists confirmed by two sources, 515 names in all.
TEST(RealCatalog, AuthorFiguresArePinned) {
  const Store& store = test::real_store();
  std::size_t with_authors = 0;
  std::size_t with_submitted = 0;
  std::size_t confirmed = 0;
  std::size_t names = 0;
  for (const Paper& p : store.catalog().papers) {
    with_authors += p.authors.empty() ? 0u : 1u;
    with_submitted += p.submitted ? 1u : 0u;
    confirmed += p.authors_source && p.authors_source->confirmed ? 1u : 0u;
    names += p.authors.size();
  }
  EXPECT_EQ(73u, with_authors);
  EXPECT_EQ(45u, with_submitted);
  EXPECT_EQ(58u, confirmed);
  EXPECT_EQ(515u, names);
  const Paper& lisa = store.paper(test::id_of(store, "lisa"));
  EXPECT_EQ(
      (Words{"Xin Lai", "Zhuotao Tian", "Yukang Chen", "Yanwei Li", "Yuhui Yuan", "Shu Liu", "Jiaya Jia"}),
      lisa.authors);
  const Paper& hyperseg = store.paper(test::id_of(store, "hyperseg"));
  EXPECT_EQ(
      (Words{"Cong Wei", "Yujie Zhong", "Haoxian Tan", "Yong Liu", "Zheng Zhao", "Jie Hu", "Yujiu Yang"}),
      hyperseg.authors);
  EXPECT_FALSE(hyperseg.authors_source->confirmed);
  EXPECT_EQ("2024-11-26", hyperseg.submitted.value_or(""));
  const Paper& lens = store.paper(test::id_of(store, "lens-2"));
  EXPECT_TRUE(lens.authors.empty());
  ASSERT_TRUE(lens.authors_source);
  EXPECT_NE(std::string::npos, lens.authors_source->note.value_or("").find("left null"));
  EXPECT_EQ("2025-10-19", lens.submitted.value_or(""));
  const Paper& llmformer = store.paper(test::id_of(store, "llmformer"));
  EXPECT_EQ("2024-08-16", llmformer.published.value_or(""));
  EXPECT_EQ(6u, store.paper(test::id_of(store, "next-chat")).authors_source->later_authors.size());
}

}  // namespace
}  // namespace mllmseg
