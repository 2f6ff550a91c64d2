#include "query/identifier.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

// "arxiv 2308.00692", "doi 10.1007/x", "url https://..." or "none".
std::string parsed(std::string_view text) {
  const auto id = parse_identifier(text);
  if (!id) {
    return "none";
  }
  const char* kind = id->kind == Identifier::Kind::arxiv ? "arxiv"
                     : id->kind == Identifier::Kind::doi ? "doi"
                                                         : "url";
  return std::string(kind) + " " + id->value;
}

// The key of the paper the text names on the embedded catalog, or "none".
std::string found(std::string_view text) {
  const Store& store = test::real_store();
  const auto id = parse_identifier(text);
  if (!id) {
    return "not an identifier";
  }
  const auto doc = find_by_identifier(store, *id);
  return doc ? store.paper(*doc).key : "none";
}

TEST(IdentifierParse, NewStyleArxivIds) {
  EXPECT_EQ("arxiv 2308.00692", parsed("2308.00692"));
  EXPECT_EQ("arxiv 2308.00692", parsed("2308.00692v2"));
  EXPECT_EQ("arxiv 2308.00692", parsed("2308.00692V12"));
  EXPECT_EQ("arxiv 2308.00692", parsed("arXiv:2308.00692"));
  EXPECT_EQ("arxiv 2308.00692", parsed("ARXIV:2308.00692v1"));
  EXPECT_EQ("arxiv 2308.00692", parsed("  arxiv:2308.00692  "));
  EXPECT_EQ("arxiv 2308.00692", parsed("arXiv: 2308.00692"));
  EXPECT_EQ("arxiv 0704.0001", parsed("0704.0001"));  // four digits before 2015
}

TEST(IdentifierParse, OldStyleArxivIds) {
  EXPECT_EQ("arxiv cs/0112017", parsed("cs/0112017"));
  EXPECT_EQ("arxiv cs/0112017", parsed("arXiv:cs/0112017v3"));
  EXPECT_EQ("arxiv math/0309136", parsed("math.GT/0309136"));
  EXPECT_EQ("arxiv hep-th/9901001", parsed("HEP-TH/9901001"));
  EXPECT_EQ("arxiv solv-int/9901001", parsed("solv-int/9901001"));
}

TEST(IdentifierParse, Dois) {
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("10.1007/s11263-024-02171-y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("10.1007/S11263-024-02171-Y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("doi:10.1007/s11263-024-02171-y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("DOI: 10.1007/s11263-024-02171-y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("https://doi.org/10.1007/s11263-024-02171-y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("http://dx.doi.org/10.1007/s11263-024-02171-y"));
  EXPECT_EQ("doi 10.1007/s11263-024-02171-y", parsed("https://doi.org/10.1007%2Fs11263-024-02171-y"));
  EXPECT_EQ("doi 10.1109/cvpr52733.2024.01234", parsed("10.1109/CVPR52733.2024.01234"));
  EXPECT_EQ("doi 10.1000.10/abc", parsed("10.1000.10/abc"));
}

TEST(IdentifierParse, LinksAreNormalised) {
  EXPECT_EQ("url https://arxiv.org/abs/2308.00692", parsed("https://arxiv.org/abs/2308.00692"));
  EXPECT_EQ("url https://arxiv.org/abs/2308.00692", parsed("http://www.arxiv.org/abs/2308.00692v2/"));
  EXPECT_EQ("url https://arxiv.org/abs/2308.00692", parsed("https://arxiv.org/pdf/2308.00692"));
  EXPECT_EQ("url https://arxiv.org/abs/2308.00692", parsed("https://arxiv.org/pdf/2308.00692v1.pdf"));
  EXPECT_EQ("url https://arxiv.org/abs/2308.00692", parsed("https://export.arxiv.org/abs/2308.00692"));
  EXPECT_EQ("url https://arxiv.org/abs/cs/0112017", parsed("https://arxiv.org/pdf/cs/0112017v1.pdf"));
  EXPECT_EQ("url https://github.com/dvlab-research/lisa", parsed("https://github.com/dvlab-research/LISA"));
  EXPECT_EQ("url https://github.com/dvlab-research/lisa",
            parsed("HTTP://WWW.GitHub.com/dvlab-research/LISA.git/"));
  EXPECT_EQ("url https://github.com/dvlab-research/lisa/tree/main/README.md",
            parsed("https://github.com/dvlab-research/LISA/tree/main/README.md#usage"));
  EXPECT_EQ("url https://example.org/Paper?id=X", parsed("http://www.Example.ORG/Paper?id=X"));
  // A doi.org link that holds no DOI is an ordinary link.
  EXPECT_EQ("url https://doi.org/help", parsed("https://doi.org/help"));
}

TEST(IdentifierParse, NearMissesAreNotIdentifiers) {
  for (const char* text : {"2024",
                           "sam2",
                           "cvpr'24",
                           "lisa",
                           "2308",
                           "2308.",
                           "2308.006",
                           "2308.006921",
                           "2313.00692",
                           "2300.00692",
                           "23080.0692",
                           "2308.00692x",
                           "2308.00692v",
                           "arXiv:",
                           "arXiv:2308",
                           "arXiv:lisa",
                           "doi:",
                           "doi:foo",
                           "10.1007",
                           "10.1007/",
                           "10.12/x",
                           "10.abcd/x",
                           "xx/0112017",
                           "cs/011201",
                           "cs/0113017",
                           "cs.AI/0112017x",
                           "http://",
                           "https:///path",
                           "ftp://arxiv.org/abs/2308.00692",
                           "github.com/dvlab-research/LISA",
                           "NeurIPS'24",
                           "2024..2025",
                           "VisionLLM v2",
                           "Text4Seg++",
                           ""}) {
    EXPECT_EQ("none", parsed(text)) << text;
  }
}

TEST(IdentifierFind, ByArxivIdInAnyForm) {
  for (const char* text : {"2308.00692", "2308.00692v2", "arXiv:2308.00692", "arxiv:2308.00692v1",
                           "https://arxiv.org/abs/2308.00692", "https://arxiv.org/abs/2308.00692v2",
                           "http://arxiv.org/pdf/2308.00692.pdf", "https://www.arxiv.org/pdf/2308.00692v3",
                           "https://arxiv.org/html/2308.00692v1", "https://ar5iv.org/abs/2308.00692"}) {
    EXPECT_EQ("lisa", found(text)) << text;
  }
}

TEST(IdentifierFind, ByArxivIdOfAPdfLink) {
  // segllm's pdf link is arxiv.org/pdf/...: its abs link and id find it too.
  EXPECT_EQ("segllm", found("https://arxiv.org/abs/2410.18923"));
  EXPECT_EQ("segllm", found("2410.18923"));
}

TEST(IdentifierFind, ByCodeLink) {
  EXPECT_EQ("lisa", found("https://github.com/dvlab-research/LISA"));
  EXPECT_EQ("lisa", found("http://github.com/dvlab-research/lisa.git"));
  EXPECT_EQ("lisa", found("https://www.github.com/DVLAB-RESEARCH/LISA/"));
  EXPECT_EQ("getok", found("https://getokpage.github.io"));
}

TEST(IdentifierFind, ByDoiInAnyForm) {
  for (const char* text :
       {"10.1007/s11263-024-02171-y", "doi:10.1007/S11263-024-02171-Y",
        "https://doi.org/10.1007/s11263-024-02171-y", "https://dx.doi.org/10.1007/s11263-024-02171-y",
        "https://link.springer.com/article/10.1007/s11263-024-02171-y",
        "https://link.springer.com/content/pdf/10.1007/s11263-024-02171-y.pdf"}) {
    EXPECT_EQ("llmformer", found(text)) << text;
  }
}

TEST(IdentifierFind, UnknownIdentifiersFindNothing) {
  EXPECT_EQ("none", found("2308.99999"));
  EXPECT_EQ("none", found("cs/0112017"));
  EXPECT_EQ("none", found("10.1007/s11263-024-99999-y"));
  EXPECT_EQ("none", found("https://github.com/dvlab-research/LISA-2"));
  EXPECT_EQ("none", found("https://example.org/"));
}

TEST(IdentifierFind, SharedCodeLinkFindsEveryPaperFirstInListOrder) {
  const Store& store = test::real_store();
  const auto id = parse_identifier("https://github.com/mc-lan/Text4Seg");
  ASSERT_TRUE(id);
  EXPECT_EQ((std::vector<std::string>{"text4seg", "text4segpp"}),
            test::keys_of(store, find_all_by_identifier(store, *id)));
  EXPECT_EQ("text4seg", found("https://github.com/mc-lan/Text4Seg"));
}

TEST(IdentifierFind, ArxivIdsCompareWithoutPrefixOrVersionInTheCatalog) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("old", "Old", "ArXiv'01", 2001, test::k_res));
  papers.back().arxiv = "cs/0112017";
  papers.push_back(test::make_paper("versioned", "Versioned", "ArXiv'24", 2024, test::k_res));
  papers.back().arxiv = "arXiv:2401.01234v3";
  papers.push_back(test::make_paper("upper", "Upper", "TPAMI'24", 2024, test::k_res));
  papers.back().doi = "10.1109/TPAMI.2024.1";
  const auto store = test::store_of(std::move(papers));
  const auto key_of = [&](std::string_view text) {
    const auto doc = find_by_identifier(*store, *parse_identifier(text));
    return doc ? store->paper(*doc).key : "none";
  };
  EXPECT_EQ("old", key_of("arXiv:cs/0112017v2"));
  EXPECT_EQ("old", key_of("https://arxiv.org/abs/cs/0112017"));
  EXPECT_EQ("versioned", key_of("2401.01234"));
  EXPECT_EQ("upper", key_of("10.1109/tpami.2024.1"));
  // The test papers' pdf links are https://example.org/KEY.pdf.
  EXPECT_EQ("upper", key_of("http://www.example.org/upper.pdf"));
}

TEST(IdentifierDescribe, NamesTheKind) {
  EXPECT_EQ("arXiv id 2308.00692", describe(*parse_identifier("arXiv:2308.00692v2")));
  EXPECT_EQ("DOI 10.1007/x", describe(*parse_identifier("doi:10.1007/X")));
  EXPECT_EQ("link https://github.com/a/b", describe(*parse_identifier("https://github.com/A/B")));
}

}  // namespace
}  // namespace mllmseg
