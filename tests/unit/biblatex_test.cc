#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string biblatex_of(const Paper& p) {
  const auto store = test::store_of({p});
  return render_biblatex(*store, std::vector<DocId>{0});
}

TEST(Biblatex, PreprintIsOnlineWithEprintTypeAndIsoDate) {
  Paper p = test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res, std::nullopt,
                             "Sa2VA: Marrying SAM2 with LLaVA");
  p.month = 1;
  p.arxiv = "2501.04001";
  p.pdf = "https://arxiv.org/abs/2501.04001";
  p.authors = {"Haobo Yuan", "Ming-Hsuan Yang"};
  EXPECT_EQ(
      "@online{sa2va2025,\n"
      "  title        = {{Sa2VA}: Marrying {SAM2} with {LLaVA}},\n"
      "  author       = {Yuan, Haobo and Yang, Ming-Hsuan},\n"
      "  date         = {2025-01},\n"
      "  eprint       = {2501.04001},\n"
      "  eprinttype   = {arxiv},\n"
      "  url          = {https://arxiv.org/abs/2501.04001},\n"
      "}\n",
      biblatex_of(p));
}

TEST(Biblatex, ConferencePaperIsInproceedingsWithBooktitle) {
  Paper p = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, std::nullopt, "LISA: Reasoning");
  p.arxiv = "2308.00692";
  EXPECT_EQ(
      "@inproceedings{lisa2024,\n"
      "  title        = {{LISA}: Reasoning},\n"
      "  booktitle    = {IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n"
      "  date         = {2024},\n"
      "  eprint       = {2308.00692},\n"
      "  eprinttype   = {arxiv},\n"
      "  url          = {https://example.org/lisa.pdf},\n"
      "}\n",
      biblatex_of(p));
}

TEST(Biblatex, JournalPaperIsArticleWithJournaltitleDoiAndAbstract) {
  Paper p = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss, std::nullopt,
                             "LLMFormer: Large Language Model");
  p.doi = "10.1007/s11263-024-02171-y";
  p.abstract = "Uses ~5 $ and #tags.";
  EXPECT_EQ(
      "@article{llmformer2024,\n"
      "  title        = {{LLMFormer}: Large Language Model},\n"
      "  journaltitle = {International Journal of Computer Vision},\n"
      "  date         = {2024},\n"
      "  doi          = {10.1007/s11263-024-02171-y},\n"
      "  url          = {https://example.org/llmformer.pdf},\n"
      "  abstract     = {Uses \\textasciitilde{}5 \\$ and \\#tags.},\n"
      "}\n",
      biblatex_of(p));
}

TEST(Biblatex, YearBeyondIsoDatesIsWrittenAsYear) {
  const Paper p = test::make_paper("a", "A", "CVPR'24", 12024, test::k_res, std::nullopt, "T");
  EXPECT_EQ(
      "@inproceedings{a12024,\n"
      "  title        = {T},\n"
      "  booktitle    = {IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n"
      "  year         = {12024},\n"
      "  url          = {https://example.org/a.pdf},\n"
      "}\n",
      biblatex_of(p));
}

}  // namespace
}  // namespace mllmseg::format
