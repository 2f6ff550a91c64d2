#include "enrich/merge.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::enrich {
namespace {

Catalog sample() {
  Paper with = test::make_paper("glamm", "GLaMM", "CVPR'24", 2024, test::k_res);
  with.arxiv = "2311.03356";
  with.authors = {"Hanoona Rasheed"};
  Paper without = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res);
  without.arxiv = "2308.00692";
  without.submitted = "2023-08-02";
  Paper no_arxiv = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss);
  return test::catalog_of({with, without, no_arxiv});
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

TEST(IdsToEnrich, PapersWithAnArxivIdAndNoAuthors) {
  EXPECT_EQ((std::vector<std::string>{"2308.00692"}), ids_to_enrich(sample()));
}

TEST(Apply, FillsMissingFieldsAndNeverOverwrites) {
  Catalog c = sample();
  const auto changes = apply(c, {record("2308.00692"), record("2311.03356")}, "https://api", "2026-11-26");
  ASSERT_EQ(1u, changes.size());
  EXPECT_EQ("lisa", changes[0].key);
  EXPECT_EQ((std::vector<std::string>{"authors", "abstract", "doi"}), changes[0].fields);
  const Paper& lisa = c.papers[1];
  EXPECT_EQ((std::vector<std::string>{"Xin Lai", "Jiaya Jia"}), lisa.authors);
  EXPECT_EQ("2023-08-02", *lisa.submitted);
  EXPECT_EQ("Abstract.", *lisa.abstract);
  ASSERT_TRUE(lisa.authors_source);
  EXPECT_EQ((std::vector<std::string>{"https://api"}), lisa.authors_source->urls);
  EXPECT_FALSE(lisa.authors_source->confirmed);
  EXPECT_EQ("Filled by mllmseg enrich from the arXiv API on 2026-11-26; one source, not confirmed.",
            *lisa.authors_source->note);
  EXPECT_EQ((std::vector<std::string>{"Hanoona Rasheed"}), c.papers[0].authors);
}

TEST(Apply, RecordWithoutAuthorsFillsNothing) {
  Catalog c = sample();
  ArxivRecord r = record("2308.00692");
  r.authors.clear();
  EXPECT_TRUE(apply(c, {r}, "https://api", "2026-11-26").empty());
  EXPECT_TRUE(c.papers[1].authors.empty());
}

}  // namespace
}  // namespace mllmseg::enrich
