// mllmseg diff's comparison: papers matched by identity rather than by key,
// each changed field with its old and new value.
#include <gtest/gtest.h>

#include "diff/diff.h"
#include "test_support.h"

namespace mllmseg::diff {
namespace {

Paper arxiv_paper(std::string key, std::string name, std::string venue, int year, std::string id) {
  Paper p = test::make_paper(std::move(key), std::move(name), std::move(venue), year, test::k_res,
                             "https://github.com/x/" + id);
  p.pdf = "https://arxiv.org/abs/" + id;
  p.arxiv = std::move(id);
  return p;
}

TEST(CatalogDiff, SameCatalogsHaveNoDifferences) {
  const CatalogDiff d = compare(test::real_catalog(), test::real_catalog(), Fields::all);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ("no differences (74 papers)\n", diff_text(d));
}

TEST(CatalogDiff, AddedRemovedAndChangedByIdentity) {
  Paper hyper = arxiv_paper("hyperseg", "HyperSeg", "ArXiv'2411", 2024, "2411.17606");
  hyper.month = 11;
  const Catalog before =
      test::catalog_of({arxiv_paper("lisa", "LISA", "CVPR'24", 2024, "2308.00692"), hyper,
                        arxiv_paper("geopix", "GeoPix", "ArXiv'2501", 2025, "2501.06828")});
  Paper published = hyper;
  published.venue = "CVPR'25";
  published.year = 2025;
  published.month.reset();
  Paper renamed = arxiv_paper("lisa-v2", "LISA v2", "CVPR'24", 2024, "2308.00692");
  renamed.authors = {"Xin Lai"};
  const Catalog after =
      test::catalog_of({renamed, published, arxiv_paper("new", "New", "ArXiv'2504", 2025, "2504.00001")});
  const CatalogDiff d = compare(before, after, Fields::all);
  EXPECT_EQ(
      "added new: New (ArXiv'2504) \"New: A Paper\"\n"
      "removed geopix: GeoPix (ArXiv'2501) \"GeoPix: A Paper\"\n"
      "changed lisa-v2: LISA v2\n"
      "  key: \"lisa\" -> \"lisa-v2\"\n"
      "  name: \"LISA\" -> \"LISA v2\"\n"
      "  title: \"LISA: A Paper\" -> \"LISA v2: A Paper\"\n"
      "  authors: null -> [\"Xin Lai\"]\n"
      "changed hyperseg: HyperSeg\n"
      "  venue: \"ArXiv'2411\" -> \"CVPR'25\"\n"
      "  year: 2024 -> 2025\n"
      "  month: 11 -> null\n"
      "1 added, 1 removed, 2 changed; 3 papers before, 3 after\n",
      diff_text(d));
  const CatalogDiff listed = compare(before, after, Fields::list);
  ASSERT_EQ(2u, listed.changed.size());
  EXPECT_EQ(3u, listed.changed[0].fields.size());  // no authors: a list has none
}

TEST(CatalogDiff, PapersWithoutIdentityMatchByKey) {
  Paper old_paper = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss);
  Paper new_paper = old_paper;
  new_paper.pdf = "https://arxiv.org/abs/2401.00001";
  new_paper.arxiv = "2401.00001";
  const CatalogDiff d = compare(test::catalog_of({old_paper}), test::catalog_of({new_paper}), Fields::list);
  EXPECT_EQ(
      "changed llmformer: LLMFormer\n"
      "  arxiv: null -> \"2401.00001\"\n"
      "  pdf: \"https://example.org/llmformer.pdf\" -> \"https://arxiv.org/abs/2401.00001\"\n"
      "0 added, 0 removed, 1 changed; 1 paper before, 1 after\n",
      diff_text(d));
}

TEST(CatalogDiff, Json) {
  Paper a = arxiv_paper("a", "A", "ArXiv'2401", 2024, "2401.00001");
  Paper b = a;
  b.code.reset();
  const CatalogDiff d = compare(test::catalog_of({a}), test::catalog_of({b}), Fields::all);
  EXPECT_EQ(
      "{\n"
      "  \"added\": [],\n"
      "  \"removed\": [],\n"
      "  \"changed\": [\n"
      "    {\n"
      "      \"key\": \"a\",\n"
      "      \"name\": \"A\",\n"
      "      \"fields\": [\n"
      "        {\n"
      "          \"field\": \"code\",\n"
      "          \"old\": \"https://github.com/x/2401.00001\",\n"
      "          \"new\": null\n"
      "        }\n"
      "      ]\n"
      "    }\n"
      "  ],\n"
      "  \"before\": 1,\n"
      "  \"after\": 1\n"
      "}",
      format::dump(diff_json(d), 2));
}

}  // namespace
}  // namespace mllmseg::diff
