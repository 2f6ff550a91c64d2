#include "cite/latex.h"

#include <gtest/gtest.h>

namespace mllmseg::cite {
namespace {

// The mentions as "key@line" and "<file>@line", joined by spaces.
std::string latex_scanned(std::string_view text) {
  std::string out;
  for (const Mention& m : scan_latex(text)) {
    out += out.empty() ? "" : " ";
    out += m.kind == Mention::Kind::file ? "<" + m.text + ">" : m.text;
    out += "@" + std::to_string(m.line);
  }
  return out;
}

TEST(CiteLatex, PlainCiteWithSeveralKeys) {
  EXPECT_EQ("lisa2024@1 glamm2024@1", latex_scanned("see \\cite{lisa2024, glamm2024}."));
}

TEST(CiteLatex, NatbibAndBiblatexCommands) {
  EXPECT_EQ("a@1 b@1 c@1 d@1 e@2 f@2 g@2 h@2 i@3 j@3",
            latex_scanned("\\citep{a} \\citet{b} \\citeauthor{c} \\citeyear{d}\n"
                          "\\autocite{e} \\textcite{f} \\parencite{g} \\footcite{h}\n"
                          "\\nocite{i} \\fullcite{j} \\citeyearpar is no group"));
}

TEST(CiteLatex, CapitalisedAndStarredForms) {
  EXPECT_EQ("a@1 b@1 c@1 d@1", latex_scanned("\\Citet{a} \\citet*{b} \\Textcite{c} \\citeauthor*{d}"));
}

TEST(CiteLatex, OptionalArguments) {
  EXPECT_EQ("a@1 b@1 c@2",
            latex_scanned("\\citep[see][p.~3]{a} \\cite[ch.~{2}]{b}\n\\parencite[{[}x{]}] {c}"));
}

TEST(CiteLatex, MulticiteCommandsTakeEveryGroup) {
  EXPECT_EQ("a@1 b@1 c@1 d@2",
            latex_scanned("\\cites(pre)(post)[see][]{a,b}[p.~2]{c} then {not-a-key}\n\\parencites{d}"));
}

TEST(CiteLatex, KeysOnSeveralLinesWithComments) {
  EXPECT_EQ("a@2 b@3 c@4", latex_scanned("\\cite{%\n  a,% first\n  b, % second\n  c}"));
}

TEST(CiteLatex, CommentsAreSkippedButEscapedPercentIsText) {
  EXPECT_EQ("c@2", latex_scanned("% \\cite{a}\n50\\% \\cite{c} % \\cite{b}"));
  EXPECT_EQ("d@1", latex_scanned("\\\\% \\cite{a}\n") + latex_scanned("x \\\\\\cite{d}"));
}

TEST(CiteLatex, IffalseVerbatimAndVerbAreSkipped) {
  EXPECT_EQ("e@7",
            latex_scanned("\\iffalse \\cite{a}\n\\ifx\\x\\y \\cite{b}\\fi \\cite{c}\n\\fi\n"
                          "\\begin{verbatim}\n\\cite{d}\n\\end{verbatim}\n\\verb|\\cite{x}| \\cite{e}"));
}

TEST(CiteLatex, MacroArgumentsAreNoKeys) {
  EXPECT_EQ("b@1", latex_scanned("\\newcommand{\\see}[1]{\\cite{#1}} \\see{b} \\cite{b}"));
}

TEST(CiteLatex, InputAndIncludeAreFilesInPlace) {
  EXPECT_EQ("a@1 <sections/intro>@2 b@2 <method.tex>@3 <ch/one>@4 <two>@5",
            latex_scanned("\\cite{a}\n\\input{sections/intro} \\cite{b}\n\\include{method.tex}\n"
                          "\\import{ch}{one}\n\\input two\n"));
}

TEST(CiteLatex, OtherCommandsAreNotCitations) {
  EXPECT_EQ(
      "", latex_scanned("\\citestyle{x} \\bibliography{refs} \\citation{y} \\includegraphics{z} \\citex{w}"));
  EXPECT_TRUE(is_cite_command("Parencite"));
  EXPECT_FALSE(is_cite_command("citetext"));
  EXPECT_TRUE(is_multicite_command("Textcites"));
}

TEST(CiteLatex, UnfinishedCommandsEndQuietly) {
  EXPECT_EQ("", latex_scanned("\\cite{a"));
  EXPECT_EQ("", latex_scanned("\\cite[x"));
  EXPECT_EQ("", latex_scanned("\\"));
  EXPECT_EQ("", latex_scanned("\\begin{verbatim} \\cite{a}"));
}

}  // namespace
}  // namespace mllmseg::cite
