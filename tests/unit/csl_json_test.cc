#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string csl_of(const Paper& p) {
  const auto store = test::store_of({p});
  return render_csl_json(*store, std::vector<DocId>{0});
}

TEST(CslJson, ConferencePaperWithAuthors) {
  Paper p = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, std::nullopt, "LISA: Reasoning");
  p.authors = {"Xin Lai", "Mike Zheng Shou", "Prince"};
  p.arxiv = "2308.00692";
  EXPECT_EQ(
      "[\n"
      "  {\n"
      "    \"id\": \"lisa2024\",\n"
      "    \"type\": \"paper-conference\",\n"
      "    \"title\": \"<span class=\\\"nocase\\\">LISA</span>: Reasoning\",\n"
      "    \"author\": [{\"family\":\"Lai\",\"given\":\"Xin\"},{\"family\":\"Shou\",\"given\":\"Mike "
      "Zheng\"},"
      "{\"family\":\"Prince\"}],\n"
      "    \"container-title\": \"IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)\",\n"
      "    \"issued\": {\"date-parts\":[[2024]]},\n"
      "    \"URL\": \"https://example.org/lisa.pdf\"\n"
      "  }\n"
      "]\n",
      csl_of(p));
}

TEST(CslJson, JournalPaperIsArticleJournalWithDoiAndAbstract) {
  Paper p = test::make_paper("llmformer", "LLMFormer", "IJCV'24", 2024, test::k_ovss, std::nullopt,
                             "LLMFormer: \"Quoted\"");
  p.doi = "10.1007/s11263-024-02171-y";
  p.abstract = "Line one.\nLine two.";
  EXPECT_EQ(
      "[\n"
      "  {\n"
      "    \"id\": \"llmformer2024\",\n"
      "    \"type\": \"article-journal\",\n"
      "    \"title\": \"<span class=\\\"nocase\\\">LLMFormer</span>: \\\"Quoted\\\"\",\n"
      "    \"container-title\": \"International Journal of Computer Vision\",\n"
      "    \"issued\": {\"date-parts\":[[2024]]},\n"
      "    \"DOI\": \"10.1007/s11263-024-02171-y\",\n"
      "    \"URL\": \"https://example.org/llmformer.pdf\",\n"
      "    \"abstract\": \"Line one.\\nLine two.\"\n"
      "  }\n"
      "]\n",
      csl_of(p));
}

TEST(CslJson, PreprintIsArticlePublishedByArxivWithMonth) {
  Paper p = test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res, std::nullopt, "Sa2VA");
  p.month = 1;
  p.arxiv = "2501.04001";
  EXPECT_EQ(
      "[\n"
      "  {\n"
      "    \"id\": \"sa2va2025\",\n"
      "    \"type\": \"article\",\n"
      "    \"title\": \"<span class=\\\"nocase\\\">Sa2VA</span>\",\n"
      "    \"publisher\": \"arXiv\",\n"
      "    \"number\": \"arXiv:2501.04001\",\n"
      "    \"issued\": {\"date-parts\":[[2025,1]]},\n"
      "    \"URL\": \"https://example.org/sa2va.pdf\"\n"
      "  }\n"
      "]\n",
      csl_of(p));
}

TEST(CslJson, OnlyAcronymsAndMixedCaseWordsAreKeptFromTitleCase) {
  const Paper p = test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, std::nullopt,
                                   "Marrying SAM2 with LLaVA for Open-Vocabulary  Tasks");
  const std::string csl = csl_of(p);
  EXPECT_NE(std::string::npos,
            csl.find("\"title\": \"Marrying <span class=\\\"nocase\\\">SAM2</span> with <span "
                     "class=\\\"nocase\\\">LLaVA</span> for Open-Vocabulary Tasks\",\n"))
      << csl;
}

TEST(CslJson, ItemsAreSeparatedByCommasAndNoneIsAnEmptyArray) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "ICLR'25", 2025, test::k_res, std::nullopt, "Alpha"));
  papers.push_back(test::make_paper("b", "B", "ICLR'25", 2025, test::k_res, std::nullopt, "Beta"));
  const auto store = test::store_of(std::move(papers));
  const std::string two = render_csl_json(*store, store->all());
  EXPECT_NE(std::string::npos,
            two.find("\"URL\": \"https://example.org/a.pdf\"\n  },\n  {\n    \"id\": \"b2025\""));
  EXPECT_EQ("[]\n", render_csl_json(*store, {}));
}

}  // namespace
}  // namespace mllmseg::format
