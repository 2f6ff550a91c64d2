#include "cite/aux.h"

#include <gtest/gtest.h>

namespace mllmseg::cite {
namespace {

std::string scanned(std::string_view text) {
  std::string out;
  for (const Mention& m : scan_aux(text)) {
    out += out.empty() ? "" : " ";
    out += m.kind == Mention::Kind::file ? "<" + m.text + ">" : m.text;
    out += "@" + std::to_string(m.line);
  }
  return out;
}

TEST(CiteAux, BibtexCitations) {
  EXPECT_EQ("lisa2024@2 glamm2024@3 Seg-Zero@3 *@4",
            scanned("\\relax\n\\citation{lisa2024}\n\\citation{glamm2024,Seg-Zero}\n\\citation{*}\n"
                    "\\bibdata{refs}\n\\bibcite{lisa2024}{1}\n"));
}

TEST(CiteAux, BiblatexCitationsOfEitherVersion) {
  EXPECT_EQ("a@1 b@2 c@3", scanned("\\abx@aux@cite{a}\n\\abx@aux@cite{0}{b}\n"
                                   "\\abx@aux@segm{0}{0}{b}\\abx@aux@cite{1}{c}\n"));
}

TEST(CiteAux, IncludedFilesAuxFiles) {
  EXPECT_EQ("a@1 <sections/method.aux>@2", scanned("\\citation{a}\n\\@input{sections/method.aux}\n"));
}

TEST(CiteAux, BrokenLinesGiveNothing) { EXPECT_EQ("", scanned("\\citation{a\n\\abx@aux@cite\n\\@input{}")); }

}  // namespace
}  // namespace mllmseg::cite
