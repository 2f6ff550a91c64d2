#include "enrich/merge.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::enrich {
namespace {

using Fields = std::vector<Field>;

// glamm: curated authors, nothing else; lisa: a submission date only;
// complete: every field; llmformer: no arXiv id.
Catalog sample() {
  Paper glamm = test::make_paper("glamm", "GLaMM", "CVPR'24", 2024, test::k_res);
  glamm.arxiv = "2311.03356";
  glamm.authors = {"Hanoona Rasheed", "Muhammad Maaz"};
  Paper lisa = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res);
  lisa.arxiv = "2308.00692";
  lisa.submitted = "2023-08-02";
  Paper complete = test::make_paper("complete", "Complete", "CVPR'24", 2024, test::k_res);
  complete.arxiv = "2401.00001";
  complete.authors = {"A. Curated"};
  complete.submitted = "2024-01-01";
  complete.abstract = "Curated abstract.";
  complete.doi = "10.1/curated";
  Paper no_arxiv = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss);
  return test::catalog_of({glamm, lisa, complete, no_arxiv});
}

ArxivRecord record(std::string id) {
  ArxivRecord r;
  r.id = std::move(id);
  r.authors = {"Xin Lai", "Jiaya Jia"};
  r.submitted = "2023-08-01";
  r.abstract = "Abstract.";
  r.doi = "10.1/x";
  return r;
}

TEST(MissingFields, InTheOrderOfMessages) {
  const Catalog c = sample();
  EXPECT_EQ((Fields{Field::abstract, Field::submitted, Field::doi}), missing_fields(c.papers[0]));
  EXPECT_EQ((Fields{Field::abstract, Field::doi, Field::authors}), missing_fields(c.papers[1]));
  EXPECT_TRUE(missing_fields(c.papers[2]).empty());
  EXPECT_TRUE(missing_fields(c.papers[3]).empty());
}

TEST(MissingFields, AnEmptyAuthorListIsMissing) {
  Paper p = sample().papers[2];
  p.authors.clear();
  EXPECT_EQ((Fields{Field::authors}), missing_fields(p));
}

TEST(IdsToEnrich, EveryPaperThatLacksAFieldNotOnlyThoseWithoutAuthors) {
  EXPECT_EQ((std::vector<std::string>{"2311.03356", "2308.00692"}), ids_to_enrich(sample()));
}

TEST(IdsToEnrich, OneIdSharedByTwoPapersIsAskedOnce) {
  Catalog c = sample();
  Paper again = c.papers[1];
  again.key = "lisa-2";
  c.papers.push_back(again);
  EXPECT_EQ((std::vector<std::string>{"2311.03356", "2308.00692"}), ids_to_enrich(c));
  EXPECT_EQ(3u, count_missing(c).papers);
}

TEST(IdsToEnrich, NothingWhenEveryPaperIsComplete) {
  Catalog c = sample();
  c.papers.erase(c.papers.begin(), c.papers.begin() + 2);
  EXPECT_TRUE(ids_to_enrich(c).empty());
  EXPECT_EQ("abstract 0, submitted 0, doi 0, authors 0", describe(count_missing(c)));
}

TEST(CountMissing, PapersAndFields) {
  const Tally tally = count_missing(sample());
  EXPECT_EQ(2u, tally.papers);
  EXPECT_EQ("abstract 2, submitted 1, doi 2, authors 1", describe(tally));
}

TEST(Apply, CuratedAuthorsStayAsTheyAreAndTheRestIsFilled) {
  Catalog c = sample();
  const auto changes = apply(c, {record("2311.03356")}, "https://api", "2026-11-26");
  ASSERT_EQ(1u, changes.size());
  EXPECT_EQ("glamm", changes[0].key);
  EXPECT_EQ((Fields{Field::abstract, Field::submitted, Field::doi}), changes[0].fields);
  const Paper& glamm = c.papers[0];
  EXPECT_EQ((std::vector<std::string>{"Hanoona Rasheed", "Muhammad Maaz"}), glamm.authors);
  EXPECT_EQ("Abstract.", glamm.abstract.value_or(""));
  EXPECT_EQ("2023-08-01", glamm.submitted.value_or(""));
  EXPECT_EQ("10.1/x", glamm.doi.value_or(""));
  EXPECT_FALSE(glamm.authors_source) << "authors were not filled, so their source is not touched";
}

TEST(Apply, FillsMissingFieldsAndNeverOverwrites) {
  Catalog c = sample();
  const auto changes = apply(c, {record("2308.00692"), record("2401.00001")}, "https://api", "2026-11-26");
  ASSERT_EQ(1u, changes.size());
  EXPECT_EQ("lisa", changes[0].key);
  EXPECT_EQ((Fields{Field::abstract, Field::doi, Field::authors}), changes[0].fields);
  const Paper& lisa = c.papers[1];
  EXPECT_EQ((std::vector<std::string>{"Xin Lai", "Jiaya Jia"}), lisa.authors);
  EXPECT_EQ("2023-08-02", *lisa.submitted) << "the catalog's date, not arXiv's";
  EXPECT_EQ("Abstract.", *lisa.abstract);
  ASSERT_TRUE(lisa.authors_source);
  EXPECT_EQ((std::vector<std::string>{"https://api"}), lisa.authors_source->urls);
  EXPECT_FALSE(lisa.authors_source->confirmed);
  EXPECT_EQ("Filled by mllmseg enrich from the arXiv API on 2026-11-26; one source, not confirmed.",
            *lisa.authors_source->note);
  const Paper& complete = c.papers[2];
  EXPECT_EQ((std::vector<std::string>{"A. Curated"}), complete.authors);
  EXPECT_EQ("2024-01-01", *complete.submitted);
  EXPECT_EQ("Curated abstract.", *complete.abstract);
  EXPECT_EQ("10.1/curated", *complete.doi);
  EXPECT_FALSE(complete.authors_source);
}

TEST(Apply, AuthorsKeepTheSourcesAndNoteTheCatalogHad) {
  Catalog c = sample();
  AuthorSource earlier;
  earlier.urls = {"https://elsewhere"};
  earlier.note = "Only one page showed names; left null.";
  c.papers[1].authors_source = earlier;
  ASSERT_EQ(1u, apply(c, {record("2308.00692")}, "https://api", "2026-11-26").size());
  const AuthorSource& source = *c.papers[1].authors_source;
  EXPECT_EQ((std::vector<std::string>{"https://api", "https://elsewhere"}), source.urls);
  EXPECT_EQ(
      "Filled by mllmseg enrich from the arXiv API on 2026-11-26; one source, not confirmed. "
      "Earlier note: Only one page showed names; left null.",
      *source.note);
}

TEST(Apply, RecordWithoutAuthorsFillsTheOtherFields) {
  Catalog c = sample();
  ArxivRecord r = record("2308.00692");
  r.authors.clear();
  r.doi.reset();
  const auto changes = apply(c, {r}, "https://api", "2026-11-26");
  ASSERT_EQ(1u, changes.size());
  EXPECT_EQ((Fields{Field::abstract}), changes[0].fields);
  EXPECT_TRUE(c.papers[1].authors.empty());
  EXPECT_FALSE(c.papers[1].doi);
  EXPECT_FALSE(c.papers[1].authors_source);
}

TEST(Apply, RecordThatAddsNothingIsNoChange) {
  Catalog c = sample();
  ArxivRecord r;
  r.id = "2311.03356";
  r.authors = {"Someone Else"};
  EXPECT_TRUE(apply(c, {r, record("9999.99999")}, "https://api", "2026-11-26").empty());
  EXPECT_EQ((std::vector<std::string>{"Hanoona Rasheed", "Muhammad Maaz"}), c.papers[0].authors);
}

TEST(Apply, BothPapersOfASharedIdAreFilled) {
  Catalog c = sample();
  Paper again = c.papers[1];
  again.key = "lisa-2";
  c.papers.push_back(again);
  const auto changes = apply(c, {record("2308.00692")}, "https://api", "2026-11-26");
  ASSERT_EQ(2u, changes.size());
  EXPECT_EQ("lisa-2", changes[1].key);
}

TEST(CountFilled, PapersAndFields) {
  Catalog c = sample();
  const auto changes = apply(c, {record("2308.00692"), record("2311.03356")}, "https://api", "2026-11-26");
  const Tally tally = count_filled(changes);
  EXPECT_EQ(2u, tally.papers);
  EXPECT_EQ(1u, tally[Field::authors]);
  EXPECT_EQ("abstract 2, submitted 1, doi 2, authors 1", describe(tally));
}

}  // namespace
}  // namespace mllmseg::enrich
