#include <gtest/gtest.h>

#include <algorithm>

#include "catalog/venue.h"
#include "format/bibliography.h"
#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string bibtex_of(const Paper& p) {
  const auto store = test::store_of({p});
  return render_bibtex(*store, std::vector<DocId>{0});
}

Paper lisa() {
  Paper p =
      test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, "https://github.com/dvlab-research/LISA",
                       "LISA: Reasoning Segmentation via Large Language Model");
  p.arxiv = "2308.00692";
  p.pdf = "https://arxiv.org/abs/2308.00692";
  return p;
}

TEST(Bibtex, ConferencePaperIsInproceedingsWithBooktitle) {
  EXPECT_EQ(
      "@inproceedings{lisa2024,\n"
      "  title         = {{LISA}: Reasoning Segmentation via Large Language Model},\n"
      "  key           = {LISA},\n"
      "  booktitle     = {IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n"
      "  year          = {2024},\n"
      "  eprint        = {2308.00692},\n"
      "  archivePrefix = {arXiv},\n"
      "  url           = {https://arxiv.org/abs/2308.00692},\n"
      "}\n",
      bibtex_of(lisa()));
}

TEST(Bibtex, JournalPaperIsArticleWithJournal) {
  Paper p = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss, std::nullopt,
                             "LLMFormer: Large Language Model for Open-Vocabulary Semantic Segmentation");
  p.doi = "10.1007/s11263-024-02171-y";
  p.pdf = "https://link.springer.com/article/10.1007/s11263-024-02171-y";
  EXPECT_EQ(
      "@article{llmformer2024,\n"
      "  title         = {{LLMFormer}: Large Language Model for Open-Vocabulary Semantic Segmentation},\n"
      "  key           = {LLMFormer},\n"
      "  journal       = {International Journal of Computer Vision},\n"
      "  year          = {2024},\n"
      "  doi           = {10.1007/s11263-024-02171-y},\n"
      "  url           = {https://link.springer.com/article/10.1007/s11263-024-02171-y},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, ArxivPaperIsMiscWithItsIdShownEprintAndMonth) {
  Paper p = test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res, std::nullopt,
                             "Sa2VA: Marrying SAM2 with LLaVA");
  p.month = 1;
  p.arxiv = "2501.04001";
  p.pdf = "https://arxiv.org/abs/2501.04001";
  EXPECT_EQ(
      "@misc{sa2va2025,\n"
      "  title         = {{Sa2VA}: Marrying {SAM2} with {LLaVA}},\n"
      "  key           = {Sa2VA},\n"
      "  howpublished  = {arXiv preprint arXiv:2501.04001},\n"
      "  year          = {2025},\n"
      "  month         = jan,\n"
      "  eprint        = {2501.04001},\n"
      "  archivePrefix = {arXiv},\n"
      "  url           = {https://arxiv.org/abs/2501.04001},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, AuthorsDoiAndAbstractWhenPresent) {
  Paper p = lisa();
  p.authors = {"Xin Lai", "Zhuotao Tian", "Mike Zheng Shou"};
  p.doi = "10.1109/CVPR52733.2024.00915";
  p.abstract = "We propose 100% of\nLISA & more.";
  EXPECT_EQ(
      "@inproceedings{lisa2024,\n"
      "  title         = {{LISA}: Reasoning Segmentation via Large Language Model},\n"
      "  author        = {Lai, Xin and Tian, Zhuotao and Shou, Mike Zheng},\n"
      "  booktitle     = {IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n"
      "  year          = {2024},\n"
      "  doi           = {10.1109/CVPR52733.2024.00915},\n"
      "  eprint        = {2308.00692},\n"
      "  archivePrefix = {arXiv},\n"
      "  url           = {https://arxiv.org/abs/2308.00692},\n"
      "  abstract      = {We propose 100\\% of LISA \\& more.},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, EntriesAreSeparatedByABlankLine) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "ICLR'25", 2025, test::k_res, std::nullopt, "Alpha"));
  papers.push_back(test::make_paper("b", "B", "Some Workshop", 2023, test::k_res, std::nullopt, "Beta"));
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(
      "@inproceedings{b2023,\n"
      "  title         = {Beta},\n"
      "  key           = {B},\n"
      "  booktitle     = {Some Workshop},\n"
      "  year          = {2023},\n"
      "  url           = {https://example.org/b.pdf},\n"
      "}\n"
      "\n"
      "@inproceedings{a2025,\n"
      "  title         = {Alpha},\n"
      "  key           = {A},\n"
      "  booktitle     = {International Conference on Learning Representations (ICLR)},\n"
      "  year          = {2025},\n"
      "  url           = {https://example.org/a.pdf},\n"
      "}\n",
      render_bibtex(*store, std::vector<DocId>{1, 0}));
}

TEST(Bibtex, SpecialsInTitleVenueAndUrlAreEscaped) {
  Paper p = test::make_paper("a", "A", "R&D Workshop", 2024, test::k_res, std::nullopt, "SAM_2 & 50% {off}");
  p.pdf = "https://x.org/a b";
  EXPECT_EQ(
      "@inproceedings{a2024,\n"
      "  title         = {{SAM\\_2} \\& 50\\% \\{off\\}},\n"
      "  key           = {A},\n"
      "  booktitle     = {R\\&D Workshop},\n"
      "  year          = {2024},\n"
      "  url           = {https://x.org/a%20b},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, PreprintWithoutArxivIdIsStillAPreprint) {
  Paper p = test::make_paper("a", "A", "ArXiv'2501", 2025, test::k_res, std::nullopt, "Alpha");
  p.authors = {"Ada Lovelace"};
  EXPECT_EQ(
      "@misc{a2025,\n"
      "  title         = {Alpha},\n"
      "  author        = {Lovelace, Ada},\n"
      "  howpublished  = {arXiv preprint},\n"
      "  year          = {2025},\n"
      "  url           = {https://example.org/a.pdf},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, TheShortNameInTheTitleKeepsItsCapitals) {
  Paper p = test::make_paper("seg-zero", "Seg-Zero", "ArXiv'2503", 2025, test::k_res, std::nullopt,
                             "Seg-Zero: Reasoning-Chain Guided Segmentation");
  p.authors = {"Yuqi Liu"};
  EXPECT_NE(std::string::npos, bibtex_of(p).find("{{Seg-Zero}: Reasoning-Chain Guided Segmentation}"));
}

TEST(Bibtex, CitedKeysAndAliasesAreEntriesOfTheirOwn) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, std::nullopt, "Alpha"));
  papers.push_back(test::make_paper("b", "B", "CVPR'24", 2024, test::k_res, std::nullopt, "Beta"));
  const auto store = test::store_of(std::move(papers));
  const std::vector<BibItem> items = {{1, "Beta-Key", {}}, {0, "alpha", {"Alpha-Paper"}}};
  const std::string bib = bibtex_items(*store, items);
  EXPECT_EQ(0u, bib.find("@inproceedings{Beta-Key,\n"));
  EXPECT_NE(std::string::npos, bib.find("\n@inproceedings{alpha,\n"));
  EXPECT_LT(bib.find("{alpha,"), bib.find("\n@inproceedings{Alpha-Paper,\n"));
}

TEST(Bibtex, CitationKeysAreUniqueOverTheRealCatalog) {
  const Store& store = test::real_store();
  const std::string bib = render_bibtex(store, store.all());
  std::vector<std::string> keys;
  for (std::size_t at = bib.find('@'); at != std::string::npos; at = bib.find("\n@", at + 1)) {
    const std::size_t start = bib.find('{', at) + 1;
    keys.push_back(bib.substr(start, bib.find(',', start) - start));
  }
  ASSERT_EQ(74u, keys.size());
  EXPECT_EQ("lisa2024", keys.front());
  EXPECT_EQ("decaf2025", keys.back());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys.end(), std::adjacent_find(keys.begin(), keys.end()));
}

TEST(Bibtex, EveryVenueOfTheCatalogHasItsFullName) {
  const Store& store = test::real_store();
  for (const std::string& series : store.series_names()) {
    const VenueInfo venue = venue_info(series);
    EXPECT_TRUE(venue.kind == VenueKind::preprint || venue.full_name != series) << series;
  }
  EXPECT_EQ("Annual Meeting of the Association for Computational Linguistics (ACL)",
            venue_info("ACL").full_name);
}

TEST(Bibtex, HowManyEntriesLackAuthors) {
  EXPECT_EQ("", without_authors_notice(0, 74));
  EXPECT_EQ("mllmseg: note: 1 of 74 entries has no authors; 'mllmseg enrich' fills them in from arXiv\n",
            without_authors_notice(1, 74));
  EXPECT_EQ("mllmseg: note: 2 of 3 entries have no authors; 'mllmseg enrich' fills them in from arXiv\n",
            without_authors_notice(2, 3));
  EXPECT_EQ("mllmseg: note: 1 of 1 entry has no authors; 'mllmseg enrich' fills them in from arXiv\n",
            without_authors_notice(1, 1));
}

TEST(Bibtex, NoPapersGiveNothing) {
  const auto store = test::store_of({});
  EXPECT_EQ("", render_bibtex(*store, {}));
}

}  // namespace
}  // namespace mllmseg::format
