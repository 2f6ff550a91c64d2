#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

constexpr std::string_view k_header =
    "key\tname\ttitle\tvenue\tyear\ttasks\tarxiv\tpdf\tcode\tauthors\tdoi\tabstract\n";

TEST(Tsv, HeaderOnlyForNoPapers) {
  const auto store = test::store_of({});
  EXPECT_EQ(k_header, render_tsv(*store, {}));
}

TEST(Tsv, TabsBetweenCellsAndCommasNeedNoQuotes) {
  Paper p = test::make_paper("omg", "OMG", "NeurIPS'24", 2024, test::k_res | test::k_ovss, "https://c/omg",
                             "Bridging Image-level, Object-level");
  p.authors = {"Tao Zhang", "Xiangtai Li"};
  const auto store = test::store_of({p});
  EXPECT_EQ(std::string(k_header) +
                "omg\tOMG\tBridging Image-level, Object-level\tNeurIPS'24\t2024\tres;ovss\t\t"
                "https://example.org/omg.pdf\thttps://c/omg\tTao Zhang; Xiangtai Li\t\t\n",
            render_tsv(*store, std::vector<DocId>{0}));
}

TEST(Tsv, QuotesTabQuoteAndLineBreakAndGuardsFormulas) {
  Paper p = test::make_paper("a", "A\tB", "CVPR'24", 2024, test::k_res, std::nullopt, "Say \"hi\"\nall");
  p.abstract = "-1";
  const auto store = test::store_of({p});
  EXPECT_EQ(std::string(k_header) +
                "a\t\"A\tB\"\t\"Say "
                "\"\"hi\"\"\nall\"\tCVPR'24\t2024\tres\t\thttps://example.org/a.pdf\t\t\t\t'-1\n",
            render_tsv(*store, std::vector<DocId>{0}));
}

}  // namespace
}  // namespace mllmseg::format
