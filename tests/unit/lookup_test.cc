#include "query/lookup.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg {
namespace {

std::string found(std::string_view wanted) {
  const Store& store = test::real_store();
  auto id = find_paper(store, wanted);
  return id.ok() ? store.paper(*id).key : "error: " + id.error();
}

TEST(Slug, LowercasesAndJoinsRunsWithOneDash) {
  EXPECT_EQ("visionllm-v2", slug("VisionLLM v2"));
  EXPECT_EQ("omg-llava", slug("OMG-LLaVA"));
  EXPECT_EQ("vrs-hq", slug("  VRS--HQ!  "));
  EXPECT_EQ("a-b-c", slug("a  b__c"));
  EXPECT_EQ("sa2va", slug("Sa2VA"));
  EXPECT_EQ("text4segpp", slug("Text4Seg++"));  // not another text4seg
  EXPECT_EQ("", slug(" -- "));
  EXPECT_EQ("", slug(""));
}

TEST(FindPaper, ByKey) {
  EXPECT_EQ("omg-llava", found("omg-llava"));
  EXPECT_EQ("lisa", found("lisa"));
  EXPECT_EQ("vrs-hq", found(" vrs-hq "));
}

TEST(FindPaper, ByNameInAnyCase) {
  EXPECT_EQ("omg-llava", found("OMG-LLaVA"));
  EXPECT_EQ("omg-llava", found("omg-llava"));
  EXPECT_EQ("omg-llava", found("Omg-Llava"));
  EXPECT_EQ("visionllm-v2", found("VisionLLM v2"));
  EXPECT_EQ("visionllm-v2", found("visionllm V2"));
  EXPECT_EQ("videolisa", found("VIDEOLISA"));
}

TEST(FindPaper, NamesEqualOnceAccentsAreComposedAreAmbiguous) {
  // NFC "Café" (key cafe) and NFD "Cafe" + U+0301 (cafe-2) look the same:
  // "Café" typed either way, or in capitals, names both, as a name in two
  // cases would. It used to find whichever had the bytes typed.
  const auto store =
      test::store_of({test::make_paper("cafe", "Caf\xC3\xA9", "CVPR'24", 2024, test::k_res),
                      test::make_paper("cafe-2", "Cafe\xCC\x81", "CVPR'24", 2024, test::k_res),
                      test::make_paper("naive", "Nai\xCC\x88ve", "CVPR'24", 2024, test::k_res)});
  const auto error = [&](std::string_view wanted) {
    auto id = find_paper(*store, wanted);
    return id.ok() ? store->paper(*id).key : id.error();
  };
  EXPECT_EQ("'Caf\xC3\xA9' names 2 papers; use a key: 'cafe', 'cafe-2'", error("Caf\xC3\xA9"));
  EXPECT_EQ("'Cafe\xCC\x81' names 2 papers; use a key: 'cafe', 'cafe-2'", error("Cafe\xCC\x81"));
  EXPECT_EQ("'CAF\xC3\x89' names 2 papers; use a key: 'cafe', 'cafe-2'", error("CAF\xC3\x89"));
  EXPECT_EQ("naive", error("NA\xC3\x8FVE"));
  EXPECT_EQ("cafe-2", error("cafe-2"));
}

TEST(FindPaper, BySlugOfWhatWasTyped) {
  EXPECT_EQ("visionllm-v2", found("VisionLLM_v2"));
  EXPECT_EQ("next-chat", found("NExT Chat"));
}

TEST(FindPaper, UnknownWithOneCandidate) {
  EXPECT_EQ("error: unknown paper 'glam'; did you mean 'glamm'?", found("glam"));
  EXPECT_EQ("error: unknown paper 'Vitrom'; did you mean 'vitron'?", found("Vitrom"));
  EXPECT_EQ("error: unknown paper 'hq'; did you mean 'vrs-hq'?", found("hq"));
}

TEST(FindPaper, OneClearlyClosestCandidateIsSuggestedAlone) {
  // "visa" is two edits away too, but "lisa" is one.
  EXPECT_EQ("error: unknown paper 'lisaa'; did you mean 'lisa'?", found("lisaa"));
  // A transposition is one edit.
  EXPECT_EQ("error: unknown paper 'glmam'; did you mean 'glamm'?", found("glmam"));
}

TEST(FindPaper, NameTyposCountToo) {
  EXPECT_EQ("error: unknown paper 'VisionLLM v3'; did you mean 'visionllm-v2'?", found("VisionLLM v3"));
}

TEST(FindPaper, UnknownWithSeveralCandidates) {
  EXPECT_EQ("error: unknown paper 'isa'; did you mean one of 'lisa', 'visa', 'gsva', 'mmsa', 'videolisa'?",
            found("isa"));
  EXPECT_EQ(
      "error: unknown paper 'geo'; did you mean one of 'geoground', 'geopix', 'ufo', 'unigeoseg', 'getok'?",
      found("geo"));
}

TEST(FindPaper, CandidatesAreCappedAtFive) {
  EXPECT_EQ(
      "error: unknown paper 'llm'; did you mean one of 'pixellm', 'sam4mllm', 'visionllm-v2', "
      "'unifiedmllm', 'segllm'?",
      found("llm"));
}

TEST(FindPaper, UnknownWithNoCandidate) {
  EXPECT_EQ(
      "error: unknown paper 'transformer' (see 'mllmseg list' for names and 'mllmseg search' to find one)",
      found("transformer"));
  EXPECT_EQ("error: unknown paper '' (see 'mllmseg list' for names and 'mllmseg search' to find one)",
            found(""));
}

TEST(FindPaper, AmbiguousName) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("seg-a", "SegX", "CVPR'24", 2024, test::k_res));
  papers.push_back(test::make_paper("other", "Other", "CVPR'24", 2024, test::k_res));
  papers.push_back(test::make_paper("seg-b", "segx", "ICLR'25", 2025, test::k_res));
  const auto store = test::store_of(std::move(papers));
  auto id = find_paper(*store, "SEGX");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ("'SEGX' names 2 papers; use a key: 'seg-a', 'seg-b'", id.error());
  // Their keys still find each.
  auto b = find_paper(*store, "seg-b");
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_EQ(2u, *b);
}

TEST(FindPaper, ByIdentifier) {
  EXPECT_EQ("lisa", found("2308.00692"));
  EXPECT_EQ("lisa", found("2308.00692v2"));
  EXPECT_EQ("lisa", found("arXiv:2308.00692"));
  EXPECT_EQ("lisa", found(" https://arxiv.org/abs/2308.00692v2 "));
  EXPECT_EQ("lisa", found("https://arxiv.org/pdf/2308.00692.pdf"));
  EXPECT_EQ("lisa", found("https://github.com/dvlab-research/LISA"));
  EXPECT_EQ("llmformer", found("10.1007/s11263-024-02171-y"));
  EXPECT_EQ("llmformer", found("https://doi.org/10.1007/s11263-024-02171-y"));
}

TEST(FindPaper, UnknownIdentifiersAreNeverCorrected) {
  EXPECT_EQ("error: no paper with arXiv id 2308.99999", found("2308.99999"));
  EXPECT_EQ("error: no paper with arXiv id 2408.00692", found("arXiv:2408.00692v1"));
  EXPECT_EQ("error: no paper with DOI 10.1007/s11263-024-99999-y", found("doi:10.1007/S11263-024-99999-Y"));
  EXPECT_EQ("error: no paper with link https://github.com/dvlab-research/LISA2",
            found("https://github.com/dvlab-research/LISA2"));
}

TEST(FindPaper, BrokenPrefixesSayWhatWasExpected) {
  EXPECT_EQ(
      "error: 'arXiv:2308.0069x' is not an arXiv id (expected YYMM.NNNNN or archive/YYMMNNN, as in "
      "arXiv:2308.00692)",
      found("arXiv:2308.0069x"));
  EXPECT_EQ("error: 'doi:lisa' is not a DOI (expected 10.NNNN/..., as in doi:10.1007/s11263-024-02171-y)",
            found("doi:lisa"));
}

TEST(FindPaper, NumbersAreNeverCorrected) {
  const std::string hint = " (see 'mllmseg list' for names and 'mllmseg search' to find one)";
  EXPECT_EQ("error: unknown paper '2024'" + hint, found("2024"));
  EXPECT_EQ("error: unknown paper '2308.006'" + hint, found("2308.006"));
  EXPECT_EQ("error: unknown paper '1'" + hint, found("1"));
}

TEST(FindPaper, SharedCodeLinkListsThePapers) {
  EXPECT_EQ("error: 'https://github.com/mc-lan/Text4Seg' names 2 papers; use a key: 'text4seg', 'text4segpp'",
            found("https://github.com/mc-lan/Text4Seg"));
}

TEST(FindPaper, ControlCharactersAreNotEchoed) {
  EXPECT_EQ(
      "error: unknown paper '\xEF\xBF\xBD[31mx' (see 'mllmseg list' for names and 'mllmseg search' to find "
      "one)",
      found("\x1b[31mx"));
}

TEST(NamesInLines, FirstFieldOfEachLineSkippingBlanksAndComments) {
  const std::string text = "lisa\tLISA\tCVPR'24\ttitle\n\n  # a comment\n  VisionLLM v2  \r\n\t\nsa2va";
  const auto names = names_in_lines(text);
  ASSERT_EQ(3u, names.size());
  EXPECT_EQ(1u, names[0].line);
  EXPECT_EQ("lisa", names[0].name);
  EXPECT_EQ(4u, names[1].line);
  EXPECT_EQ("VisionLLM v2", names[1].name);
  EXPECT_EQ(6u, names[2].line);
  EXPECT_EQ("sa2va", names[2].name);
  EXPECT_TRUE(names_in_lines("").empty());
  EXPECT_TRUE(names_in_lines("\n\n# only\n").empty());
}

// The keys found and the errors, as one line each.
std::vector<std::string> named(std::vector<std::string> wanted, std::string input = "",
                               int* reads = nullptr) {
  const Store& store = test::real_store();
  const auto result = find_papers(store, wanted, [&]() -> Result<std::string> {
    if (reads != nullptr) {
      ++*reads;
    }
    return input;
  });
  std::vector<std::string> out = test::keys_of(store, result.ids);
  for (const auto& error : result.errors) {
    out.push_back("error: " + error);
  }
  return out;
}

TEST(FindPapers, InTheOrderGivenEachOnce) {
  EXPECT_EQ((std::vector<std::string>{"sa2va", "lisa", "omg-llava"}),
            named({"sa2va", "2308.00692", "OMG-LLaVA", "lisa", "https://arxiv.org/abs/2501.04001"}));
}

TEST(FindPapers, DashReadsStandardInputOnce) {
  int reads = 0;
  EXPECT_EQ((std::vector<std::string>{"glamm", "lisa", "sa2va", "llmformer"}),
            named({"glamm", "-", "llmformer"}, "lisa\tLISA\n# skipped\n\narXiv:2501.04001\n", &reads));
  EXPECT_EQ(1, reads);
  EXPECT_EQ((std::vector<std::string>{}), named({"-"}, "", &reads));
  EXPECT_EQ(2, reads);
}

TEST(FindPapers, ErrorsNameTheLineOfStandardInput) {
  EXPECT_EQ((std::vector<std::string>{"lisa", "sa2va",
                                      "error: <stdin>:2: unknown paper 'lsia'; did you mean 'lisa'?",
                                      "error: <stdin>:4: no paper with arXiv id 2308.99999",
                                      "error: unknown paper 'glam'; did you mean 'glamm'?"}),
            named({"-", "glam", "sa2va"}, "lisa\nlsia\n\n2308.99999\n"));
}

TEST(FindPapers, SecondDashIsAnError) {
  int reads = 0;
  EXPECT_EQ((std::vector<std::string>{"lisa", "error: '-' given twice: standard input is read once"}),
            named({"-", "-"}, "lisa\n", &reads));
  EXPECT_EQ(1, reads);
}

TEST(FindPapers, UnreadableStandardInput) {
  const Store& store = test::real_store();
  const std::vector<std::string> wanted = {"lisa", "-"};
  const auto result =
      find_papers(store, wanted, []() -> Result<std::string> { return Error{"cannot read it"}; });
  EXPECT_EQ((std::vector<std::string>{"lisa"}), test::keys_of(store, result.ids));
  EXPECT_EQ((std::vector<std::string>{"cannot read it"}), result.errors);
}

TEST(FindPapers, StandardInputThatIsTheCatalogNamesNothing) {
  const Store& store = test::real_store();
  const std::vector<std::string> wanted = {"-"};
  const auto result = find_papers_reading_stdin(store, wanted, true);
  EXPECT_TRUE(result.ids.empty());
  EXPECT_EQ((std::vector<std::string>{"'-' cannot name papers: standard input is the catalog"}),
            result.errors);
}

}  // namespace
}  // namespace mllmseg
