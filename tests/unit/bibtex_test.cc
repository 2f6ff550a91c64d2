#include <gtest/gtest.h>

#include <algorithm>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string bibtex_of(const Paper& p) {
  const auto store = test::store_of({p});
  return render_bibtex(*store, std::vector<DocId>{0});
}

std::string title_field(const std::string& title) {
  const std::string entry =
      bibtex_of(test::make_paper("x", "X", "CVPR'24", 2024, test::k_res, std::nullopt, title));
  const std::string start = "  title         = {";
  const auto from = entry.find(start);
  const auto to = entry.find("},\n", from);
  if (from == std::string::npos || to == std::string::npos) {
    return "<no title in " + entry + ">";
  }
  return entry.substr(from + start.size(), to - from - start.size());
}

TEST(Bibtex, ConferencePaperIsInproceedingsWithBooktitle) {
  Paper p =
      test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, "https://github.com/dvlab-research/LISA",
                       "LISA: Reasoning Segmentation via Large Language Model");
  p.arxiv = "2308.00692";
  p.pdf = "https://arxiv.org/abs/2308.00692";
  EXPECT_EQ(
      "@inproceedings{lisa2024,\n"
      "  title         = {{LISA}: Reasoning Segmentation via Large Language Model},\n"
      "  booktitle     = {IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n"
      "  year          = {2024},\n"
      "  eprint        = {2308.00692},\n"
      "  archiveprefix = {arXiv},\n"
      "  url           = {https://arxiv.org/abs/2308.00692},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, JournalPaperIsArticleWithJournal) {
  const Store& store = test::real_store();
  EXPECT_EQ(
      "@article{llmformer2024,\n"
      "  title         = {{LLMFormer}: Large Language Model for {Open-Vocabulary} Semantic Segmentation},\n"
      "  journal       = {International Journal of Computer Vision},\n"
      "  year          = {2024},\n"
      "  doi           = {10.1007/s11263-024-02171-y},\n"
      "  url           = {https://link.springer.com/article/10.1007/s11263-024-02171-y},\n"
      "}\n",
      render_bibtex(store, test::ids_of(store, {"llmformer"})));
}

TEST(Bibtex, ArxivPaperIsMiscWithEprintAndMonth) {
  const Store& store = test::real_store();
  EXPECT_EQ(
      "@misc{sa2va2025,\n"
      "  title         = {{Sa2VA}: Marrying {SAM2} with {LLaVA} for Dense Grounded Understanding of Images "
      "and Videos},\n"
      "  year          = {2025},\n"
      "  month         = jan,\n"
      "  eprint        = {2501.04001},\n"
      "  archiveprefix = {arXiv},\n"
      "  url           = {https://arxiv.org/abs/2501.04001},\n"
      "}\n",
      render_bibtex(store, test::ids_of(store, {"sa2va"})));
}

TEST(Bibtex, EntriesAreSeparatedByABlankLine) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "ICLR'25", 2025, test::k_res, std::nullopt, "Alpha"));
  papers.push_back(test::make_paper("b", "B", "Some Workshop", 2023, test::k_res, std::nullopt, "Beta"));
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(
      "@inproceedings{b2023,\n"
      "  title         = {Beta},\n"
      "  booktitle     = {Some Workshop},\n"
      "  year          = {2023},\n"
      "  url           = {https://example.org/b.pdf},\n"
      "}\n"
      "\n"
      "@inproceedings{a2025,\n"
      "  title         = {Alpha},\n"
      "  booktitle     = {International Conference on Learning Representations (ICLR)},\n"
      "  year          = {2025},\n"
      "  url           = {https://example.org/a.pdf},\n"
      "}\n",
      render_bibtex(*store, std::vector<DocId>{1, 0}));
}

TEST(Bibtex, AuthorsAreJoinedWithAndAndEscaped) {
  Paper p = test::make_paper("a", "A", "TPAMI'24", 2024, test::k_res, std::nullopt, "Title");
  p.authors = {"Ada Lovelace", "Tom & Jerry", "Z_Y"};
  EXPECT_EQ(
      "@article{a2024,\n"
      "  title         = {Title},\n"
      "  author        = {Ada Lovelace and Tom \\& Jerry and Z\\_Y},\n"
      "  journal       = {IEEE Transactions on Pattern Analysis and Machine Intelligence},\n"
      "  year          = {2024},\n"
      "  url           = {https://example.org/a.pdf},\n"
      "}\n",
      bibtex_of(p));
}

TEST(Bibtex, EscapesSpecialCharacters) {
  EXPECT_EQ("a \\& b 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
            title_field("a & b 100% $5 #1 a_b {x} ~ ^ \\"));
}

TEST(Bibtex, ProtectsCapitalsOfAcronymsAndMixedCaseWords) {
  EXPECT_EQ("{Sa2VA}: Marrying {SAM2} with {LLaVA}", title_field("Sa2VA: Marrying SAM2 with LLaVA"));
  EXPECT_EQ("{OMG-LLaVA}: Bridging Image-level, Object-level",
            title_field("OMG-LLaVA: Bridging Image-level, Object-level"));
  EXPECT_EQ("{VisionLLM} {V2} and {u-LLaVA}", title_field("VisionLLM V2 and u-LLaVA"));
  EXPECT_EQ("A Model for the Task", title_field("A Model for the Task"));
}

TEST(Bibtex, ProtectedWordsAreEscapedInsideTheirBraces) {
  EXPECT_EQ("{R\\&D} of {LISA\\_2}", title_field("R&D of LISA_2"));
}

TEST(Bibtex, CitationKeysAreUniqueOverTheRealCatalog) {
  const Store& store = test::real_store();
  const std::string bib = render_bibtex(store, store.all());
  std::vector<std::string> keys;
  for (std::size_t at = bib.find('@'); at != std::string::npos; at = bib.find("\n@", at + 1)) {
    const std::size_t start = bib.find('{', at) + 1;
    keys.push_back(bib.substr(start, bib.find(',', start) - start));
  }
  ASSERT_EQ(39u, keys.size());
  EXPECT_EQ("lisa2024", keys.front());
  EXPECT_EQ("vrs-hq2025", keys.back());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys.end(), std::adjacent_find(keys.begin(), keys.end()));
}

}  // namespace
}  // namespace mllmseg::format
