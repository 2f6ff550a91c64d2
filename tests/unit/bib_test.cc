#include "format/bib.h"

#include <gtest/gtest.h>

namespace mllmseg::format {
namespace {

TEST(TexEscape, EscapesEverySpecial) {
  EXPECT_EQ("a \\& b 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
            tex_escape("a & b 100% $5 #1 a_b {x} ~ ^ \\"));
}

TEST(TexEscape, UnpairedBracesAreSpelledOut) {
  // BibTeX counts \{ and \} as braces too, so these must not reach it as such.
  EXPECT_EQ("\\textbraceright{} then \\textbraceleft{}", tex_escape("} then {"));
  EXPECT_EQ("\\textbraceleft{}", tex_escape("{"));
  EXPECT_EQ("\\{\\{a\\}\\}", tex_escape("{{a}}"));
}

TEST(TexEscape, WhitespaceRunsAndLineBreaksBecomeOneSpace) {
  EXPECT_EQ("one two three", tex_escape("  one\n\ntwo \t three "));
}

TEST(TexEscape, NonAsciiIsKept) { EXPECT_EQ("Núñez", tex_escape("Núñez")); }

TEST(TexTitle, ProtectsAcronymsAndMixedCaseWords) {
  EXPECT_EQ("{LISA}: Reasoning Segmentation via Large Language Model",
            tex_title("LISA: Reasoning Segmentation via Large Language Model"));
  EXPECT_EQ("{Sa2VA}: Marrying {SAM2} with {LLaVA}", tex_title("Sa2VA: Marrying SAM2 with LLaVA"));
  EXPECT_EQ("{OMG-LLaVA}: Bridging Image-level, Object-level",
            tex_title("OMG-LLaVA: Bridging Image-level, Object-level"));
  EXPECT_EQ("{VisionLLM} {V2} and {u-LLaVA}", tex_title("VisionLLM V2 and u-LLaVA"));
  EXPECT_EQ("{X-Decoder} in {3D} with {GPT-4}", tex_title("X-Decoder in 3D with GPT-4"));
}

TEST(TexTitle, LeavesTitleCaseWordsToTheStyle) {
  EXPECT_EQ("A Model for Open-Vocabulary Multi-Modal Tasks",
            tex_title("A Model for Open-Vocabulary Multi-Modal Tasks"));
}

TEST(TexTitle, ThePapersShortNameKeepsItsCapitals) {
  EXPECT_EQ("{Seg-Zero}: Reasoning-Chain Guided Segmentation",
            tex_title("Seg-Zero: Reasoning-Chain Guided Segmentation", "Seg-Zero"));
  EXPECT_EQ("Seg-Zero: Reasoning-Chain Guided Segmentation",
            tex_title("Seg-Zero: Reasoning-Chain Guided Segmentation"));
}

TEST(TexTitle, PunctuationAfterAWordStaysOutsideItsBraces) {
  EXPECT_EQ("{HiMTok}: {LLMs}, {SAM};", tex_title("HiMTok: LLMs, SAM;"));
}

TEST(TexTitle, ProtectedWordsAreEscapedInsideTheirBraces) {
  EXPECT_EQ("{R\\&D} of {LISA\\_2} at 50\\%", tex_title("R&D of LISA_2 at 50%"));
}

TEST(TexTitle, UnpairedBraceInATitleIsSpelledOut) {
  EXPECT_EQ("{SAM\\textbraceright{}} x", tex_title("SAM} x"));
}

TEST(BibAuthors, FamilyCommaGivenJoinedWithAnd) {
  EXPECT_EQ("Lai, Xin and Tian, Zhuotao", bib_authors({"Xin Lai", "Zhuotao Tian"}));
  EXPECT_EQ("Shou, Mike Zheng and Loy, Chen Change and Yang, Ming-Hsuan",
            bib_authors({"Mike Zheng Shou", "Chen Change Loy", "Ming-Hsuan Yang"}));
}

TEST(BibAuthors, CommaFormOneWordAndEmptyNames) {
  EXPECT_EQ("van der Berg, Jan and Prince", bib_authors({"van der Berg, Jan", "", "Prince"}));
}

TEST(BibAuthors, PartsAreEscapedAndBracedWhereBibTeXWouldSplit) {
  EXPECT_EQ("Smith, {Tom and Ann} and Jones, {Jr., Bob} and O\\_Neil, A\\&B",
            bib_authors({"Smith, Tom and Ann", "Jones, Jr., Bob", "A&B O_Neil"}));
}

TEST(BibAuthors, NoneGivesEmpty) { EXPECT_EQ("", bib_authors({})); }

TEST(BibUrl, EncodesWhatWouldBreakTheField) {
  EXPECT_EQ("https://x.org/a%20b%7Bc%7D%5Cd?q=1&r=50%#frag",
            bib_url("https://x.org/a b{c}\\d?q=1&r=50%#frag"));
}

TEST(BibEntry, AlignsNamesAndLeavesMacrosBare) {
  EXPECT_EQ(
      "@misc{k2024,\n"
      "  title  = {T},\n"
      "  month  = jan,\n"
      "}\n",
      bib_entry("misc", "k2024", {{"title", "T"}, {"month", "jan", false}}, 6));
}

}  // namespace
}  // namespace mllmseg::format
