#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

Paper listed(std::string key, std::string name, TaskSet tasks, std::optional<std::string> code,
             std::vector<Entry> entries) {
  Paper p = test::make_paper(std::move(key), std::move(name), "CVPR'24", 2024, tasks, std::move(code));
  p.title = "Title of " + p.name;
  p.entries = std::move(entries);
  return p;
}

std::unique_ptr<Store> sectioned_store() {
  Catalog c;
  c.title = "Tiny List";
  c.sections = {Section{Task::res, "Referring", 3, "Image"}, Section{Task::ovss, "Open Vocab", 3, "Image"},
                Section{Task::video, "Video", 2, std::nullopt}};
  c.papers.push_back(listed("p1", "P1", test::k_res | test::k_video, "https://c/p1",
                            {Entry{Task::res, 2, "1002"}, Entry{Task::video, 1, "3001"}}));
  c.papers.push_back(listed("p2", "P2", test::k_res, std::nullopt, {Entry{Task::res, 1, "1001"}}));
  c.papers.push_back(listed("p3", "P3", test::k_ovss, "https://c/p3", {}));
  c.papers.push_back(listed("p4", "P4", test::k_video, "https://c/p4", {Entry{Task::video, 2, "3002"}}));
  return std::make_unique<Store>(std::move(c));
}

TEST(Markdown, SectionsWithParentWrittenOnceAndEntriesInEntryOrder) {
  const auto store = sectioned_store();
  EXPECT_EQ(
      "# Tiny List\n"
      "\n"
      "## Image\n"
      "\n"
      "### Referring\n"
      "\n"
      "1. <span id = \"1001\">**[P2]**</span> | **CVPR'24** | Title of P2 | "
      "[`[pdf]`](https://example.org/p2.pdf)\n"
      "2. <span id = \"1002\">**[P1]**</span> | **CVPR'24** | Title of P1 | "
      "[`[pdf]`](https://example.org/p1.pdf) | "
      "[`[code]`](https://c/p1)\n"
      "\n"
      "### Open Vocab\n"
      "\n"
      "1. <span id = \"2001\">**[P3]**</span> | **CVPR'24** | Title of P3 | "
      "[`[pdf]`](https://example.org/p3.pdf) | "
      "[`[code]`](https://c/p3)\n"
      "\n"
      "## Video\n"
      "\n"
      "1. <span id = \"3001\">**[P1]**</span> | **CVPR'24** | Title of P1 | "
      "[`[pdf]`](https://example.org/p1.pdf) | "
      "[`[code]`](https://c/p1)\n"
      "2. <span id = \"3002\">**[P4]**</span> | **CVPR'24** | Title of P4 | "
      "[`[pdf]`](https://example.org/p4.pdf) | "
      "[`[code]`](https://c/p4)\n",
      render_markdown(*store, store->all()));
}

TEST(Markdown, NumbersOnlyTheGivenPapers) {
  const auto store = sectioned_store();
  EXPECT_EQ(
      "# Tiny List\n"
      "\n"
      "## Image\n"
      "\n"
      "### Referring\n"
      "\n"
      "1. <span id = \"1002\">**[P1]**</span> | **CVPR'24** | Title of P1 | "
      "[`[pdf]`](https://example.org/p1.pdf) | "
      "[`[code]`](https://c/p1)\n"
      "\n"
      "## Video\n"
      "\n"
      "1. <span id = \"3001\">**[P1]**</span> | **CVPR'24** | Title of P1 | "
      "[`[pdf]`](https://example.org/p1.pdf) | "
      "[`[code]`](https://c/p1)\n",
      render_markdown(*store, std::vector<DocId>{0}));
}

TEST(Markdown, ParentIsWrittenBeforeTheFirstSectionWithPapers) {
  const auto store = sectioned_store();
  EXPECT_EQ(
      "# Tiny List\n"
      "\n"
      "## Image\n"
      "\n"
      "### Open Vocab\n"
      "\n"
      "1. <span id = \"2001\">**[P3]**</span> | **CVPR'24** | Title of P3 | "
      "[`[pdf]`](https://example.org/p3.pdf) | "
      "[`[code]`](https://c/p3)\n",
      render_markdown(*store, std::vector<DocId>{2}));
}

TEST(Markdown, NoPapersGivesTheTitleOnly) {
  const auto store = sectioned_store();
  EXPECT_EQ("# Tiny List\n", render_markdown(*store, {}));
}

TEST(Markdown, WithoutSectionsOneHeadingPerTask) {
  std::vector<Paper> papers;
  papers.push_back(listed("a", "A", test::k_video, std::nullopt, {}));
  papers.push_back(listed("b", "B", test::k_video, "https://c/b", {}));
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(
      "# Papers\n"
      "\n"
      "## Video Segmentation\n"
      "\n"
      "1. <span id = \"3001\">**[A]**</span> | **CVPR'24** | Title of A | "
      "[`[pdf]`](https://example.org/a.pdf)\n"
      "2. <span id = \"3002\">**[B]**</span> | **CVPR'24** | Title of B | "
      "[`[pdf]`](https://example.org/b.pdf) | "
      "[`[code]`](https://c/b)\n",
      render_markdown(*store, store->all()));
}

TEST(Markdown, AnchorsStayUniqueWhenAPaperHasNoEntry) {
  const auto store = sectioned_store();
  Catalog c = store->catalog();
  c.papers.push_back(listed("p5", "P5", test::k_res, std::nullopt, {}));
  const Store with_p5(std::move(c));
  const std::string md = render_markdown(with_p5, std::vector<DocId>{0, 4});
  std::vector<std::string> anchors;
  for (std::size_t at = md.find("<span id = \""); at != std::string::npos;
       at = md.find("<span id = \"", at + 1)) {
    const std::size_t from = at + 12;
    anchors.push_back(md.substr(from, md.find('"', from) - from));
  }
  ASSERT_EQ(3u, anchors.size()) << md;
  EXPECT_EQ("1002", anchors[0]);
  EXPECT_NE(anchors[0], anchors[1]) << md;
  EXPECT_EQ("3001", anchors[2]);
}

TEST(Markdown, RealCatalogStartsLikeTheList) {
  const Store& store = test::real_store();
  const std::string md = render_markdown(store, store.all());
  const std::string start =
      "# Awesome-MLLM-Segmentation\n"
      "\n"
      "**If you find this project helpful, please consider giving it a star";
  EXPECT_EQ(start, md.substr(0, start.size()));
  const std::string first_entry =
      "<!-- vim-markdown-toc -->\n"
      "\n"
      "## Image Segmentation\n"
      "\n"
      "### Referring Expression Segmentation\n"
      "\n"
      "1. <span id = \"1001\">**[LISA]**</span> | **CVPR'24** | LISA: Reasoning Segmentation via Large "
      "Language Model | "
      "[`[pdf]`](https://arxiv.org/abs/2308.00692) | [`[code]`](https://github.com/dvlab-research/LISA)\n";
  EXPECT_NE(std::string::npos, md.find(first_entry));
}

TEST(Markdown, PreambleFollowsTheTitleAndEpilogueTheLastEntry) {
  auto store = sectioned_store();
  Catalog c = store->catalog();
  c.preamble = "\nIntro.\n";
  c.epilogue = "\n## Feedback\n\nMail us.\n";
  const Store with_text(std::move(c));
  EXPECT_EQ(
      "# Tiny List\n"
      "\n"
      "Intro.\n"
      "\n"
      "## Video\n"
      "\n"
      "1. <span id = \"3002\">**[P4]**</span> | **CVPR'24** | Title of P4 | "
      "[`[pdf]`](https://example.org/p4.pdf) | "
      "[`[code]`](https://c/p4)\n"
      "\n"
      "## Feedback\n"
      "\n"
      "Mail us.\n",
      render_markdown(with_text, std::vector<DocId>{3}));
  EXPECT_EQ("# Tiny List\n\nIntro.\n\n## Feedback\n\nMail us.\n", render_markdown(with_text, {}));
}

TEST(Markdown, SectionBlankLineAndEntrySeparatorAreWrittenAsRecorded) {
  auto store = sectioned_store();
  Catalog c = store->catalog();
  c.sections[1].blank_line = "    ";
  c.papers[2].entries = {Entry{Task::ovss, 1, "2001", "| "}};
  const Store quirky(std::move(c));
  EXPECT_EQ(
      "# Tiny List\n"
      "\n"
      "## Image\n"
      "\n"
      "### Referring\n"
      "\n"
      "1. <span id = \"1001\">**[P2]**</span> | **CVPR'24** | Title of P2 | "
      "[`[pdf]`](https://example.org/p2.pdf)\n"
      "    \n"
      "### Open Vocab\n"
      "\n"
      "1. <span id = \"2001\">**[P3]**</span> | **CVPR'24** | Title of P3| "
      "[`[pdf]`](https://example.org/p3.pdf) | "
      "[`[code]`](https://c/p3)\n",
      render_markdown(quirky, std::vector<DocId>{1, 2}));
}

TEST(Markdown, EscapesPipesAndMarkdownSpecialsInNamesVenuesAndTitles) {
  Paper p = listed("a", "A|B *C*", test::k_res, "https://c/a (v2)", {Entry{Task::res, 1, "1\"01"}});
  p.venue = "W|S'24";
  p.title = "Pipes | [links] `code` a_b <b>x</b> back\\slash\nnext line";
  p.pdf = "https://x.org/a b.pdf";
  const auto store = test::store_of({p});
  EXPECT_EQ(
      "# Papers\n"
      "\n"
      "## Referring Expression Segmentation\n"
      "\n"
      "1. <span id = \"1&quot;01\">**[A\\|B \\*C\\*]**</span> | **W\\|S'24** | "
      "Pipes \\| \\[links\\] \\`code\\` a\\_b &lt;b&gt;x&lt;/b&gt; back\\\\slash next line | "
      "[`[pdf]`](https://x.org/a%20b.pdf) | [`[code]`](https://c/a%20%28v2%29)\n",
      render_markdown(*store, store->all()));
}

TEST(Markdown, AnAmpersandIsEscapedWhereItWouldStartAnEntity) {
  Paper p = listed("a", "AT&T", test::k_res, std::nullopt, {Entry{Task::res, 1, "1001"}});
  p.title = "&lt; &#39; &#x3C; &copy; &#12345678; & AT&T &; &1;";
  const auto store = test::store_of({p});
  EXPECT_EQ(
      "# Papers\n"
      "\n"
      "## Referring Expression Segmentation\n"
      "\n"
      "1. <span id = \"1001\">**[AT&T]**</span> | **CVPR'24** | "
      "&amp;lt; &amp;#39; &amp;#x3C; &amp;copy; &#12345678; & AT&T &; &1; | "
      "[`[pdf]`](https://example.org/a.pdf)\n",
      render_markdown(*store, store->all()));
}

TEST(Markdown, HeadingsEscapeAClosingHashABackslashAndAnEntity) {
  Catalog c;
  c.title = "#";
  c.sections = {Section{Task::res, "C# ##", 3, "Image \\* &amp; \\b #"}};
  c.papers.push_back(listed("a", "A", test::k_res, std::nullopt, {Entry{Task::res, 1, "1001"}}));
  const Store store(std::move(c));
  EXPECT_EQ(
      "# \\#\n"
      "\n"
      "## Image \\\\* &amp;amp; \\b \\#\n"
      "\n"
      "### C# #\\#\n"
      "\n"
      "1. <span id = \"1001\">**[A]**</span> | **CVPR'24** | Title of A | "
      "[`[pdf]`](https://example.org/a.pdf)\n",
      render_markdown(store, store.all()));
}

TEST(Markdown, RealCatalogHasAnEntryPerListEntry) {
  const Store& store = test::real_store();
  const std::string md = render_markdown(store, store.all());
  std::size_t entries = 0;
  for (std::size_t at = md.find("<span id"); at != std::string::npos; at = md.find("<span id", at + 1)) {
    ++entries;
  }
  EXPECT_EQ(89u, entries);
  EXPECT_NE(std::string::npos, md.find("\n## Video Segmentation\n\n1. <span id = \"3001\">"));
  EXPECT_NE(
      std::string::npos,
      md.find(
          "2. <span id = \"2002\">**[LLMFormer]**</span> | **IJCV'24** | LLMFormer: Large Language Model for "
          "Open-Vocabulary Semantic Segmentation | "
          "[`[pdf]`](https://link.springer.com/article/10.1007/s11263-024-02171-y)\n"));
}

}  // namespace
}  // namespace mllmseg::format
