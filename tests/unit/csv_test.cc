#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

constexpr std::string_view k_header =
    "key,name,title,venue,year,tasks,arxiv,pdf,code,authors,doi,abstract\r\n";

TEST(Csv, HeaderOnlyForNoPapers) {
  const auto store = test::store_of({});
  EXPECT_EQ(k_header, render_csv(*store, {}));
}

TEST(Csv, PlainRow) {
  Paper p = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res,
                             "https://github.com/dvlab-research/LISA", "LISA Reasoning Segmentation");
  p.arxiv = "2308.00692";
  p.pdf = "https://arxiv.org/abs/2308.00692";
  const auto store = test::store_of({p});
  EXPECT_EQ(std::string(k_header) +
                "lisa,LISA,LISA Reasoning "
                "Segmentation,CVPR'24,2024,res,2308.00692,https://arxiv.org/abs/2308.00692,"
                "https://github.com/dvlab-research/LISA,,,\r\n",
            render_csv(*store, std::vector<DocId>{0}));
}

TEST(Csv, NullArxivAndCodeAreEmptyAndTasksUseSemicolons) {
  const auto store = test::store_of(
      {test::make_paper("v", "V", "IJCV'24", 2024, test::k_res | test::k_video, std::nullopt, "T")});
  EXPECT_EQ(std::string(k_header) + "v,V,T,IJCV'24,2024,res;video,,https://example.org/v.pdf,,,,\r\n",
            render_csv(*store, std::vector<DocId>{0}));
}

TEST(Csv, AuthorsDoiAndAbstract) {
  Paper p = test::make_paper("a", "A", "IJCV'24", 2024, test::k_res, std::nullopt, "T");
  p.authors = {"Xin Lai", "Zhuotao Tian"};
  p.doi = "10.1/x";
  p.abstract = "Short.";
  const auto store = test::store_of({p});
  EXPECT_EQ(std::string(k_header) +
                "a,A,T,IJCV'24,2024,res,,https://example.org/a.pdf,,Xin Lai; Zhuotao Tian,10.1/x,Short.\r\n",
            render_csv(*store, std::vector<DocId>{0}));
}

TEST(Csv, QuotesCommaQuoteAndLineBreak) {
  std::vector<Paper> papers;
  papers.push_back(
      test::make_paper("a", "A, B", "CVPR'24", 2024, test::k_res, std::nullopt, "Say \"hi\" to\nall"));
  papers.push_back(
      test::make_paper("b", "B", "CVPR'24", 2024, test::k_res, std::nullopt, "Carriage\rreturn"));
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(std::string(k_header) +
                "a,\"A, B\",\"Say \"\"hi\"\" to\nall\",CVPR'24,2024,res,,https://example.org/a.pdf,,,,\r\n"
                "b,B,\"Carriage\rreturn\",CVPR'24,2024,res,,https://example.org/b.pdf,,,,\r\n",
            render_csv(*store, std::vector<DocId>{0, 1}));
}

TEST(Csv, CellsThatASpreadsheetWouldRunAsFormulasGetAQuote) {
  Paper p = test::make_paper("a", "=1+1", "CVPR'24", 2024, test::k_res, std::nullopt, "+cmd|' /C calc'!A0");
  p.authors = {"@SUM(A1)"};
  p.doi = "-2+3";
  p.abstract = "\tTabbed";
  const auto store = test::store_of({p});
  EXPECT_EQ(std::string(k_header) +
                "a,'=1+1,'+cmd|' /C "
                "calc'!A0,CVPR'24,2024,res,,https://example.org/a.pdf,,'@SUM(A1),'-2+3,'\tTabbed\r\n",
            render_csv(*store, std::vector<DocId>{0}));
}

TEST(Csv, GuardedCellThatNeedsQuotesHasTheQuoteInside) {
  const auto store = test::store_of(
      {test::make_paper("a", "=HYPERLINK(\"x\",\"y\")", "CVPR'24", 2024, test::k_res, std::nullopt, "T")});
  EXPECT_EQ(
      std::string(k_header) +
          "a,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",T,CVPR'24,2024,res,,https://example.org/a.pdf,,,,\r\n",
      render_csv(*store, std::vector<DocId>{0}));
}

TEST(Csv, RealCatalogHasOneLinePerPaper) {
  const Store& store = test::real_store();
  const std::string csv = render_csv(store, store.all());
  std::size_t lines = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) {
    ++lines;
  }
  EXPECT_EQ(75u, lines);  // the header and 74 papers
  EXPECT_EQ(0u, csv.size() - csv.rfind("\r\n") - 2);
  // OMG-LLaVA's title has commas and is quoted.
  EXPECT_NE(
      std::string::npos,
      csv.find(
          "omg-llava,OMG-LLaVA,\"OMG-LLaVA: Bridging Image-level, Object-level, Pixel-level Reasoning and "
          "Understanding\",NeurIPS'24,2024,res,"));
}

}  // namespace
}  // namespace mllmseg::format
