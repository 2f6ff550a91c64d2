// The pieces of the list importer that read one thing: an entry line, a
// heading's task, a link, the bytes of a hand-edited file.
#include <gtest/gtest.h>

#include "importer/blocks.h"
#include "importer/encoding.h"
#include "importer/entry_line.h"
#include "importer/headings.h"
#include "importer/links.h"

namespace mllmseg::importer {
namespace {

TEST(EntryLine, ReadsTheListsOwnForm) {
  auto e = parse_entry_line(
      "13. <span id = \"1013\">**[VITRON ]**</span> | **NeurIPS'24** | Vitron: A Unified Pixel-level Vision "
      "LLM | "
      "[`[pdf]`](https://arxiv.org/abs/2412.19806) | [`[code]`](https://github.com/SkyworkAI/Vitron)");
  ASSERT_TRUE(e) << e.error();
  EXPECT_EQ(13, e->number);
  EXPECT_EQ("1013", e->id.value_or("none"));
  EXPECT_EQ("VITRON ", e->name);
  EXPECT_EQ("NeurIPS'24", e->venue);
  EXPECT_EQ("Vitron: A Unified Pixel-level Vision LLM", e->title);
  EXPECT_EQ("https://arxiv.org/abs/2412.19806", e->pdf);
  EXPECT_EQ("https://github.com/SkyworkAI/Vitron", e->code.value_or("none"));
  EXPECT_EQ(std::nullopt, e->after_title);
  EXPECT_TRUE(e->ignored.empty());
}

TEST(EntryLine, TakesAnySpacingAnEmptyLastCellAndNoCodeLink) {
  auto e = parse_entry_line(
      "3. <span id='1003'>**[LaVASeg]**</span>  |   **ArXiv'2403**   |   Empowering Segmentation   |   "
      "[pdf](https://arxiv.org/pdf/2403.14141v2) |");
  ASSERT_TRUE(e) << e.error();
  EXPECT_EQ("1003", e->id.value_or("none"));
  EXPECT_EQ("ArXiv'2403", e->venue);
  EXPECT_EQ("Empowering Segmentation", e->title);
  EXPECT_EQ("https://arxiv.org/pdf/2403.14141v2", e->pdf);
  EXPECT_EQ(std::nullopt, e->code);
  EXPECT_EQ("   |   ", e->after_title.value_or("none"));
}

TEST(EntryLine, KeepsTheTextBetweenTitleAndPdfLinkWhenItIsNotTheUsualOne) {
  auto e = parse_entry_line(
      "24. <span id = \"1024\">**[HyperSeg]**</span> | **ArXiv'2411** | HyperSeg: Towards Universal Visual "
      "Segmentation with Large Language Model| [`[pdf]`](https://arxiv.org/abs/2411.17606)");
  ASSERT_TRUE(e) << e.error();
  EXPECT_EQ("HyperSeg: Towards Universal Visual Segmentation with Large Language Model", e->title);
  EXPECT_EQ("| ", e->after_title.value_or("none"));
}

TEST(EntryLine, UndoesTheMarkdownExportsEscapes) {
  auto e = parse_entry_line(
      "1. <span id = \"a&quot;b\">**[A\\*B\\_C]**</span> | **CVPR'24** | x \\| y &lt;z&gt; \\[w\\] | "
      "[`[pdf]`](https://example.org/p)");
  ASSERT_TRUE(e) << e.error();
  EXPECT_EQ("a\"b", e->id.value_or("none"));
  EXPECT_EQ("A*B_C", e->name);
  EXPECT_EQ("x | y <z> [w]", e->title);
}

TEST(EntryLine, ReportsLinksItHasNoFieldFor) {
  auto e = parse_entry_line(
      "1. **[X]** | **CVPR'24** | T | [paper](https://example.org/p) | [github](https://github.com/a/b) | "
      "[demo](https://example.org/demo) | oral");
  ASSERT_TRUE(e) << e.error();
  EXPECT_EQ(std::nullopt, e->id);
  EXPECT_EQ("https://example.org/p", e->pdf);
  EXPECT_EQ("https://github.com/a/b", e->code.value_or("none"));
  EXPECT_EQ((std::vector<std::string>{"[demo](https://example.org/demo)", "oral"}), e->ignored);
}

TEST(EntryLine, SaysWhatIsMissing) {
  EXPECT_EQ("no title (expected NAME | VENUE | TITLE | [pdf](URL))",
            parse_entry_line("6. **[X]** | **CVPR'24**").error());
  EXPECT_EQ("no title between the venue and the links",
            parse_entry_line("6. **[X]** | **CVPR'24** | [pdf](https://example.org/p)").error());
  EXPECT_EQ("no venue (expected NAME | VENUE | TITLE | [pdf](URL))", parse_entry_line("6. **[X]**").error());
  EXPECT_EQ("no name",
            parse_entry_line("6. **[ ]** | **CVPR'24** | T | [pdf](https://example.org/p)").error());
  EXPECT_EQ("not a numbered item", parse_entry_line("- **[X]** | **CVPR'24** | T | [pdf](u)").error());
}

// A person reads these as papers, and so does the importer: without a link,
// or with a code link only, the entry is a paper with no pdf.
TEST(EntryLine, AnEntryWithoutAPaperLinkIsStillAnEntry) {
  const auto bare = parse_entry_line("6. **[Broken]** | **CVPR'24** | A line without any link");
  ASSERT_TRUE(bare) << bare.error();
  EXPECT_EQ("Broken", bare->name);
  EXPECT_EQ("A line without any link", bare->title);
  EXPECT_EQ("", bare->pdf);
  EXPECT_EQ(std::nullopt, bare->code);
  EXPECT_EQ(std::nullopt, bare->after_links);

  const auto code_only =
      parse_entry_line("7. **[C]** | **CVPR'24** | Title | [`[code]`](https://github.com/a/c) |");
  ASSERT_TRUE(code_only) << code_only.error();
  EXPECT_EQ("Title", code_only->title);
  EXPECT_EQ("", code_only->pdf);
  EXPECT_EQ("https://github.com/a/c", code_only->code.value_or(""));
  EXPECT_EQ(" |", code_only->after_links.value_or(""));
}

TEST(EntryLine, KeepsWhatFollowsTheLastLink) {
  const auto svp = parse_entry_line(
      "56. <span id = \"1056\">**[SVP]**</span> | **ArXiv'2509** | Re-purposing SAM | "
      "[`[pdf]`](https://arxiv.org/abs/2509.13676) |");
  ASSERT_TRUE(svp) << svp.error();
  EXPECT_EQ(" |", svp->after_links.value_or("none"));
  EXPECT_EQ(std::nullopt, svp->code);
  const auto plain =
      parse_entry_line("1. **[A]** | **CVPR'24** | T | [pdf](https://arxiv.org/abs/2308.00692)");
  ASSERT_TRUE(plain) << plain.error();
  EXPECT_EQ(std::nullopt, plain->after_links);
}

TEST(EntryLine, KnowsNumberedItems) {
  EXPECT_EQ(12, item_number("12. <span>").value_or(0));
  EXPECT_EQ(3, item_number("  3) x").value_or(0));
  EXPECT_EQ(std::nullopt, item_number("1.5 million"));
  EXPECT_EQ(std::nullopt, item_number("## 1. Heading"));
}

TEST(EntryLine, NumbersUpToNineDigitsAsInCommonMark) {
  // Was four: "10000. ..." was no item, and a list of 100,000 entries gave 9,999 papers.
  EXPECT_EQ(10000, item_number("10000. <span>").value_or(0));
  EXPECT_EQ(123456789, item_number("123456789. **[X]**").value_or(0));
  EXPECT_EQ(999999999, item_number("999999999) x").value_or(0));
  EXPECT_EQ(std::nullopt, item_number("1234567890. x"));
  EXPECT_EQ(12345, parse_entry_line("12345. **[X]** | **CVPR'24** | T | [pdf](https://x.org)")->number);
}

// "comment 2-4" for each hidden block, "(open)" when never closed.
std::string hidden(std::string_view text) {
  std::string out;
  for (const HiddenBlock& b : hidden_blocks(lines_of(text))) {
    out += std::string(out.empty() ? "" : ", ") +
           (b.kind == HiddenBlock::Kind::comment ? "comment " : "code ") + std::to_string(b.first) + "-" +
           std::to_string(b.last) + (b.closed ? "" : " (open)");
  }
  return out;
}

TEST(HiddenBlocks, CommentsAndFencesByCommonMarksRules) {
  EXPECT_EQ("comment 1-1", hidden("<!-- 1. x -->\n1. y"));
  EXPECT_EQ("comment 2-4", hidden("a\n<!-- hidden:\n1. x\n-- > still --> b\n1. y"));
  EXPECT_EQ("comment 1-1", hidden("<!-->\n1. x"));  // "-->" on the opening line closes it
  EXPECT_EQ("code 1-3", hidden("```markdown\n1. x\n```\n1. y"));
  EXPECT_EQ("code 1-4", hidden("~~~~\n~~~\n1. x\n~~~~~  \n1. y"));  // a shorter fence is inside
  EXPECT_EQ("code 1-3", hidden("```\n~~~\n```"));                   // so is one of the other character
  EXPECT_EQ("code 1-3", hidden("   ```\n1. x\n   ```"));            // three spaces in
  EXPECT_EQ("code 1-3, comment 4-4", hidden("```\n<!--\n```\n<!-- -->"));
}

TEST(HiddenBlocks, WhatOpensNoBlock) {
  EXPECT_EQ("", hidden("    ```\n1. x\n    <!--\n\t```"));  // four spaces or a tab in: indented code
  EXPECT_EQ("", hidden("``` a`b\n1. x"));                   // a backtick after a backtick fence: inline code
  EXPECT_EQ("", hidden("``\n1. x\n``"));                    // two are no fence
  EXPECT_EQ("", hidden("text <!-- inline\n1. x\n-->"));     // a comment inside a paragraph is inline
  EXPECT_EQ("", hidden("1. <span>**[A]**</span> <!-- note --> | **CVPR'24**"));
}

TEST(HiddenBlocks, OneNeverClosedRunsToTheEnd) {
  EXPECT_EQ("code 2-3 (open)", hidden("a\n```\n1. x"));
  EXPECT_EQ("comment 1-2 (open)", hidden("<!--\n1. x"));
  EXPECT_EQ("code 1-2 (open)", hidden("````\n```"));
}

TEST(Headings, MapByTheirWordsTakingSlips) {
  EXPECT_EQ(task_bit(Task::res), tasks_named_by("Referring Expression Segmentation"));
  EXPECT_EQ(task_bit(Task::res), tasks_named_by("Refering Expresion Segmentaion"));
  EXPECT_EQ(task_bit(Task::res), tasks_named_by("More Referring Segmentation"));
  EXPECT_EQ(task_bit(Task::ovss), tasks_named_by("Open-Vocabulary Semantic Segmentation"));
  EXPECT_EQ(task_bit(Task::ovss), tasks_named_by("Open Vocabluary Semantic Segmentation"));
  EXPECT_EQ(task_bit(Task::video), tasks_named_by("\xF0\x9F\x8E\xAC Vidoe Segmentation"));
  EXPECT_EQ(task_bit(Task::video), tasks_named_by("Videos"));
}

TEST(Headings, NamingNoTaskOrSeveralIsNotGuessed) {
  EXPECT_EQ(0, tasks_named_by("Image Segmentation"));
  EXPECT_EQ(0, tasks_named_by("Reasoning Segmentation"));
  EXPECT_EQ(0, tasks_named_by("Audio Segmentation"));
  EXPECT_EQ(task_bit(Task::res) | task_bit(Task::video),
            tasks_named_by("Referring Video Object Segmentation"));
}

TEST(Links, ReadArxivIdsFromEveryForm) {
  EXPECT_EQ("2308.00692", arxiv_id("https://arxiv.org/abs/2308.00692").value_or("none"));
  EXPECT_EQ("2410.18923", arxiv_id("https://arxiv.org/pdf/2410.18923").value_or("none"));
  EXPECT_EQ("2311.03356", arxiv_id("https://www.arxiv.org/abs/2311.03356").value_or("none"));
  EXPECT_EQ("2403.14141", arxiv_id("https://arxiv.org/pdf/2403.14141v2").value_or("none"));
  EXPECT_EQ("2403.14141", arxiv_id("http://export.arxiv.org/pdf/2403.14141.pdf").value_or("none"));
  EXPECT_EQ("2403.14141", arxiv_id("https://xxx.itp.ac.cn/abs/2403.14141").value_or("none"));
  EXPECT_EQ(std::nullopt, arxiv_id("https://github.com/abs/2403.14141"));
  EXPECT_EQ(std::nullopt, arxiv_id("https://arxiv.org/abs/2403.141"));
}

TEST(Links, ArxivLinksOnOtherArxivHostsStandForArxivOrg) {
  EXPECT_EQ("https://arxiv.org/abs/2506.04277",
            on_arxiv_org("https://www.arxiv.org/abs/2506.04277").value_or(""));
  EXPECT_EQ("http://arxiv.org/pdf/2403.14141.pdf",
            on_arxiv_org("http://export.arxiv.org/pdf/2403.14141.pdf").value_or(""));
  EXPECT_EQ(std::nullopt, on_arxiv_org("https://arxiv.org/abs/2506.04277"));
  EXPECT_EQ(std::nullopt, on_arxiv_org("https://github.com/a/b"));
  EXPECT_EQ(std::nullopt, on_arxiv_org("not a link"));
}

TEST(Links, ReadDoisFromPaths) {
  EXPECT_EQ("10.1007/s11263-024-02171-y",
            doi_of("https://link.springer.com/article/10.1007/s11263-024-02171-y").value_or("none"));
  EXPECT_EQ("10.1145/3581783.3612345",
            doi_of("https://dl.acm.org/doi/pdf/10.1145/3581783.3612345/").value_or("none"));
  EXPECT_EQ(std::nullopt, doi_of("https://arxiv.org/abs/2308.00692"));
}

TEST(Links, UnwrapProxiesAndMirrors) {
  auto springer = unwrap("https://link-springer-com.remotexs.ntu.edu.sg/article/10.1007/s11263-024-02171-y");
  ASSERT_TRUE(springer);
  EXPECT_EQ("https://link.springer.com/article/10.1007/s11263-024-02171-y", springer->url);
  EXPECT_EQ("remotexs.ntu.edu.sg", springer->via);
  auto login = unwrap(
      "https://login.proxy.lib.example.edu/login?url=https%3A%2F%2Fieeexplore.ieee.org%2Fdocument%2F1");
  ASSERT_TRUE(login);
  EXPECT_EQ("https://ieeexplore.ieee.org/document/1", login->url);
  // Fuzzing finding 5: escapes of anything but printable ASCII stay as
  // written, so the link holds no line break or byte that is not UTF-8.
  auto raw =
      unwrap("https://login.proxy.lib.example.edu/login?url=https%3A%2F%2Fexample.org%2F%F1%0A%20x%7e");
  ASSERT_TRUE(raw);
  EXPECT_EQ("https://example.org/%F1%0A%20x~", raw->url);
  auto mirror = unwrap("https://cn.arxiv.org/pdf/2308.00692v1");
  ASSERT_TRUE(mirror);
  EXPECT_EQ("https://arxiv.org/abs/2308.00692", mirror->url);
  EXPECT_TRUE(mirror->mirror);
  EXPECT_FALSE(unwrap("https://www-sciencedirect-com.github.io/x"));
  EXPECT_FALSE(unwrap("https://plan-lab.github.io/projects/prima/"));
  EXPECT_FALSE(unwrap("https://arxiv.org/abs/2308.00692"));
}

TEST(Links, TellRepositoriesFromProjectPages) {
  EXPECT_TRUE(is_repository("https://github.com/dvlab-research/LISA"));
  EXPECT_TRUE(is_repository("https://github.com/HanningChen/VLTP/tree/main"));
  EXPECT_TRUE(is_repository("https://huggingface.co/org/model"));
  EXPECT_TRUE(is_repository("https://gitlab.example.edu/group/project"));
  EXPECT_FALSE(is_repository("https://groundhog-mllm.github.io"));
  EXPECT_FALSE(is_repository("https://plan-lab.github.io/projects/prima/"));
  EXPECT_FALSE(is_repository("https://github.com/only-an-owner"));
}

TEST(Encoding, StripsTheByteOrderMarkAndLineEnds) {
  const CleanText clean = clean_text("\xEF\xBB\xBF# A\r\nb\rc\n");
  EXPECT_EQ("# A\nb\nc\n", clean.text);
  EXPECT_TRUE(clean.diagnostics.empty());
}

TEST(Encoding, ReadsBytesThatAreNotUtf8AsWindows1252) {
  const CleanText clean = clean_text("ok\nNa\xEFve \x93quoted\x94\n");
  EXPECT_EQ("ok\nNa\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D\n", clean.text);
  ASSERT_EQ(1u, clean.diagnostics.size());
  EXPECT_EQ(2, clean.diagnostics[0].line);
  EXPECT_EQ("byte 0xEF is not UTF-8; read as Windows-1252 \"\xC3\xAF\"", clean.diagnostics[0].message);
}

TEST(Encoding, FindsUtf8ReadInALegacyEncoding) {
  const auto star = find_mojibake("please give it a star \xE2\x80\x9A\xE2\x89\xA0\xC3\xAA.");
  ASSERT_TRUE(star);
  EXPECT_EQ("\xE2\x80\x9A\xE2\x89\xA0\xC3\xAA", star->seen);
  EXPECT_EQ("\xE2\xAD\x90", star->meant);  // the star emoji
  EXPECT_EQ("Mac Roman", star->encoding);
  const auto cafe = find_mojibake("Caf\xC3\x83\xC2\xA9 and \xC3\xA2\xE2\x82\xAC\xE2\x84\xA2");
  ASSERT_TRUE(cafe);
  EXPECT_EQ("\xC3\x83\xC2\xA9", cafe->seen);
  EXPECT_EQ("\xC3\xA9", cafe->meant);
  EXPECT_EQ("Windows-1252", cafe->encoding);
}

TEST(Encoding, LeavesRealTextAlone) {
  EXPECT_FALSE(find_mojibake(
      "Caf\xC3\xA9, na\xC3\xAFve, \xE2\x80\x9C\xC3\xA9\xE2\x80\x9D, \xE2\xAD\x90, Jos\xC3\xA9"));
  EXPECT_FALSE(find_mojibake("\xE4\xB8\xAD\xE6\x96\x87 and \xCE\xB1\xCE\xB2"));
}

}  // namespace
}  // namespace mllmseg::importer
