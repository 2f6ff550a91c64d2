#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::string ris_of(const Paper& p) {
  const auto store = test::store_of({p});
  return render_ris(*store, std::vector<DocId>{0});
}

TEST(Ris, ConferencePaperIsCpaperWithOneAuLineAnAuthor) {
  Paper p = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, std::nullopt, "LISA: Reasoning");
  p.authors = {"Xin Lai", "Mike Zheng Shou", "Prince"};
  p.doi = "10.1/x";
  EXPECT_EQ(
      "TY  - CPAPER\r\n"
      "ID  - lisa2024\r\n"
      "TI  - LISA: Reasoning\r\n"
      "AU  - Lai, Xin\r\n"
      "AU  - Shou, Mike Zheng\r\n"
      "AU  - Prince\r\n"
      "T2  - IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)\r\n"
      "PY  - 2024\r\n"
      "DO  - 10.1/x\r\n"
      "UR  - https://example.org/lisa.pdf\r\n"
      "ER  - \r\n",
      ris_of(p));
}

TEST(Ris, JournalPaperIsJour) {
  const Paper p = test::make_paper("j", "J", "IJCV'24", 2024, test::k_ovss, std::nullopt, "Journal Paper");
  EXPECT_EQ(
      "TY  - JOUR\r\n"
      "ID  - j2024\r\n"
      "TI  - Journal Paper\r\n"
      "T2  - International Journal of Computer Vision\r\n"
      "JF  - International Journal of Computer Vision\r\n"
      "PY  - 2024\r\n"
      "UR  - https://example.org/j.pdf\r\n"
      "ER  - \r\n",
      ris_of(p));
}

TEST(Ris, PreprintIsUnpbFromArxivWithDateAndAbstractOnOneLine) {
  Paper p =
      test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res, std::nullopt, "Sa2VA:\nTwo lines");
  p.month = 1;
  p.arxiv = "2501.04001";
  p.abstract = "First.\r\n\r\nSecond.";
  EXPECT_EQ(
      "TY  - UNPB\r\n"
      "ID  - sa2va2025\r\n"
      "TI  - Sa2VA: Two lines\r\n"
      "PB  - arXiv\r\n"
      "PY  - 2025\r\n"
      "DA  - 2025/01//\r\n"
      "UR  - https://example.org/sa2va.pdf\r\n"
      "AB  - First. Second.\r\n"
      "ER  - \r\n",
      ris_of(p));
}

TEST(Ris, RecordsAreSeparatedByABlankLine) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "ICLR'25", 2025, test::k_res, std::nullopt, "Alpha"));
  papers.push_back(test::make_paper("b", "B", "ICLR'25", 2025, test::k_res, std::nullopt, "Beta"));
  const auto store = test::store_of(std::move(papers));
  const std::string ris = render_ris(*store, store->all());
  EXPECT_NE(std::string::npos, ris.find("ER  - \r\n\r\nTY  - CPAPER\r\nID  - b2025\r\n"));
  EXPECT_EQ("", render_ris(*store, {}));
}

}  // namespace
}  // namespace mllmseg::format
