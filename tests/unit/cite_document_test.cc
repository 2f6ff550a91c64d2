#include "cite/document.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace mllmseg::cite {
namespace {

namespace fs = std::filesystem;

class CiteDocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "mllmseg-cite-XXXXXX";
    ASSERT_NE(nullptr, ::mkdtemp(pattern.data()));
    m_dir = pattern;
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string write(const std::string& name, const std::string& text) {
    const fs::path path = fs::path(m_dir) / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  // The citations as "key@FILE:LINE", FILE relative to the test's folder.
  std::string read(std::vector<std::string> paths) {
    const DocumentCitations found = read_citations(paths);
    std::string out;
    for (const Citation& c : found.citations) {
      out += (out.empty() ? "" : " ") + c.key + "@" + fs::path(c.file).lexically_relative(m_dir).string() +
             ":" + std::to_string(c.line);
    }
    for (const std::string& error : found.errors) {
      std::string e = error;
      for (std::size_t at = e.find(m_dir + "/"); at != std::string::npos; at = e.find(m_dir + "/")) {
        e.erase(at, m_dir.size() + 1);
      }
      out += " ERROR " + e;
    }
    return out;
  }

  std::string m_dir;
};

TEST_F(CiteDocumentTest, FilesReadInPlaceRelativeToTheirReader) {
  const std::string main = write("paper.tex", "\\cite{a}\n\\input{sec/intro}\n\\cite{d}\n");
  write("sec/intro.tex", "\\cite{b}\n\\include{more}\n");
  write("sec/more.tex", "x\n\\cite{c}\n");
  EXPECT_EQ("a@paper.tex:1 b@sec/intro.tex:1 c@sec/more.tex:2 d@paper.tex:3", read({main}));
}

TEST_F(CiteDocumentTest, AFileWithoutTexIsReadAsNamed) {
  const std::string main = write("paper.tex", "\\input{table.tikz}\n");
  write("table.tikz", "\\cite{t}\n");
  EXPECT_EQ("t@table.tikz:1", read({main}));
}

TEST_F(CiteDocumentTest, AuxFilesOfIncludedChapters) {
  const std::string main = write("paper.aux", "\\citation{a}\n\\@input{ch.aux}\n");
  write("ch.aux", "\\citation{b,c}\n");
  EXPECT_EQ("a@paper.aux:1 b@ch.aux:1 c@ch.aux:1", read({main}));
}

TEST_F(CiteDocumentTest, MarkdownAndSeveralFilesInOrder) {
  const std::string md = write("draft.md", "[@x]\n");
  const std::string tex = write("paper.ltx", "\\cite{y}");
  EXPECT_EQ("y@paper.ltx:1 x@draft.md:1", read({tex, md}));
}

TEST_F(CiteDocumentTest, MissingFilesCyclesAndUnknownKindsAreErrors) {
  const std::string main = write("paper.tex", "\\cite{a}\n\\input{missing}\n\\input{loop}\n");
  write("loop.tex", "\\input{paper}\n");
  EXPECT_EQ(
      "a@paper.tex:1 ERROR paper.tex:2: cannot read document 'missing.tex': No such file or directory ERROR "
      "loop.tex:1: 'paper.tex' reads itself in ERROR notes.docx: cannot tell what kind of document this is "
      "(expected .tex, .aux or .md, or the like)",
      read({main, m_dir + "/notes.docx"}));
}

TEST(CiteDocument, KindsByName) {
  EXPECT_EQ(DocumentKind::latex, document_kind("a/paper.TEX"));
  EXPECT_EQ(DocumentKind::aux, document_kind("build/paper.aux"));
  EXPECT_EQ(DocumentKind::markdown, document_kind("draft.qmd"));
  EXPECT_EQ(std::nullopt, document_kind("refs.bib"));
  EXPECT_EQ(std::nullopt, document_kind("-"));
}

}  // namespace
}  // namespace mllmseg::cite
