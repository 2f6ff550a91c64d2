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

}  // namespace
}  // namespace mllmseg
