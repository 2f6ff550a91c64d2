// mllmseg lint's findings: on the seed list (pinned here and in
// docs/lint.md), on the curated catalog, and each catalog rule on a catalog
// made to break it.
#include <gtest/gtest.h>

#include "importer/import.h"
#include "lint/lint.h"
#include "test_support.h"

namespace mllmseg::lint {
namespace {

const std::string k_seed = "Awesome-MLLM-Segmentation.md";

TEST(Lint, TheSeedListsFindings) {
  const auto imported = importer::import_list(
      test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation.md")));
  EXPECT_EQ(
      "Awesome-MLLM-Segmentation.md:3: mis-encoded: \"\xE2\x80\x9A\xE2\x89\xA0\xC3\xAA\" looks like UTF-8 "
      "read as "
      "Mac Roman: it was probably \"\xE2\xAD\x90\"\n"
      "Awesome-MLLM-Segmentation.md:27: project-page: GROUNDHOG's code link https://groundhog-mllm.github.io "
      "is a project page, not a repository; the catalog keeps it as the project page, with no code link\n"
      "Awesome-MLLM-Segmentation.md:34: stray-whitespace: name \"VITRON \" has stray whitespace; the catalog "
      "uses "
      "\"VITRON\"\n"
      "Awesome-MLLM-Segmentation.md:41: arxiv-month: u-LLaVA's venue ArXiv'2408 says 2024-08, but its arXiv "
      "id "
      "2311.05348 dates from 2023-11\n"
      "Awesome-MLLM-Segmentation.md:47: project-page: PRIMA's code link "
      "https://plan-lab.github.io/projects/prima/ is a project page, not a repository; the catalog keeps it "
      "as the project page, with no code link\n"
      "Awesome-MLLM-Segmentation.md:61: proxy-link: pdf link "
      "https://link-springer-com.remotexs.ntu.edu.sg/article/10.1007/s11263-024-02171-y goes through the "
      "library "
      "proxy remotexs.ntu.edu.sg; the catalog uses "
      "https://link.springer.com/article/10.1007/s11263-024-02171-y\n"
      "Awesome-MLLM-Segmentation.md:64: venue-spelling: venue ICLR2025 is written ICLR'25 in 3 other "
      "entries; the "
      "catalog uses ICLR'25\n"
      "Awesome-MLLM-Segmentation.md:65: section-conflict: HiMTok has code "
      "https://github.com/yayafengzi/LMMHiMTok "
      "here but https://github.com/yayafengzi/LMM-HiMTok at line 56, which the catalog uses\n"
      "Awesome-MLLM-Segmentation.md:71: stray-whitespace: name \"VITRON \" has stray whitespace; the catalog "
      "uses "
      "\"VITRON\"\n",
      findings_text(lint_list(imported), k_seed));
}

// The four project pages are no finding: the catalog has them as project
// pages, not as code.
TEST(Lint, TheCuratedCatalogKeepsItsQuirksAndRecordsItsFixes) {
  std::string rules;
  for (const Finding& f : lint_catalog(test::real_catalog())) {
    rules += f.key + " " + f.rule + "\n";
  }
  EXPECT_EQ(
      "vitron curated-fix\n"
      "vitron curated-fix\n"
      "u-llava arxiv-month\n"
      "mmsa name-not-in-title\n"
      "rsvp curated-fix\n"
      "seg-r1 curated-fix\n"
      "hrseg curated-fix\n"
      "padt name-not-in-title\n"
      "lens-2 shared-name\n"
      "unigeoseg curated-fix\n"
      "stamp arxiv-month\n"
      "stamp curated-fix\n"
      "llmformer curated-fix\n"
      "pixfoundation-2-0 arxiv-month\n"
      " curated-fix\n",
      rules);
}

TEST(Lint, NewRulesOnAList) {
  const auto imported = importer::import_list(
      "# L\n\n## Contents\n\n- [Referring Segmentation](#referring-segmentation)\n\n"
      "## Referring Segmentaton\n\n"
      "1. <span id=\"1\">**[MMSA]**</span> | **ICLR'25** | MMR: A Benchmark | "
      "[pdf](https://www.arxiv.org/abs/2503.13881) |\n"
      "2. <span id=\"2\">**[READ]**</span> | **CVPR'25** | How <SEG> Works | "
      "[pdf](https://arxiv.org/abs/2412.17741)\n"
      "3. <span id=\"3\">**[Bare]**</span> | **CVPR'25** | A Paper\n"
      "4. <span id=\"4\">**[Long]**</span> | **CVPR'25** | A Title\n"
      "   Continued | [pdf](https://arxiv.org/abs/2501.00001)\n");
  EXPECT_EQ(
      "l.md:7: heading-typo: heading \"Referring Segmentaton\" differs from its entry in the Contents, "
      "\"Referring Segmentation\", whose link #referring-segmentation leads nowhere\n"
      "l.md:9: arxiv-host: pdf link https://www.arxiv.org/abs/2503.13881 is not on arxiv.org itself; the "
      "catalog "
      "uses https://arxiv.org/abs/2503.13881\n"
      "l.md:9: name-not-in-title: MMSA's title names it MMR: \"MMR: A Benchmark\"\n"
      "l.md:9: empty-cell: MMSA's entry ends with an empty cell (\" |\"): a code link left out, or a stray "
      "'|'\n"
      "l.md:10: html-in-title: READ's title holds <SEG>, which markdown takes for an HTML tag: GitHub shows "
      "the "
      "title without it (write &lt; for <)\n"
      "l.md:11: missing-link: Bare has no link at all; the catalog has none\n"
      "l.md:12: continued-entry: the entry runs on to line 13; read as one entry\n",
      findings_text(lint_list(imported), "l.md"));
}

TEST(Lint, ACatalogsHeadingFixIsAFindingOfNoPaper) {
  Catalog c =
      test::catalog_of({test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, "https://github.com/a/a")});
  Section s;
  s.heading = "Referring Segmentation";
  s.heading_listed = "Referring SegmentatioN";
  s.heading_why = "A typo.";
  c.sections.push_back(s);
  EXPECT_EQ(
      "c.json: curated-fix: the list's heading \"Referring SegmentatioN\"; the catalog uses \"Referring "
      "Segmentation\". A typo.\n",
      findings_text(lint_catalog(c), "c.json"));
}

TEST(Lint, CatalogRules) {
  std::vector<Paper> papers = {
      test::make_paper("a", "A ", "ICLR'25", 2025, test::k_res, "https://github.com/a/a"),
      test::make_paper("b", "B", "ICLR2025", 2025, test::k_res, "http://b.example.org"),
      test::make_paper("c", "C", "ICLR'25", 2025, test::k_res, std::nullopt, "C:  Two  Spaces"),
      test::make_paper("a-2", "a ", "ArXiv'2403", 2024, test::k_res),
      test::make_paper("d", "D", "ArXiv'2403", 2024, test::k_video),
      test::make_paper("e", "E", "CVPR", 2024, test::k_ovss),
  };
  papers[0].pdf = "https://cn.arxiv.org/abs/2403.00001";
  papers[0].arxiv = "2403.00001";
  papers[4].arxiv = "2403.00001";
  papers[3].arxiv = "2402.00009";
  EXPECT_EQ(
      "c.json: a: stray-whitespace: name \"A \" has stray whitespace\n"
      "c.json: a: proxy-link: A 's pdf link https://cn.arxiv.org/abs/2403.00001 goes through the arXiv "
      "mirror "
      "cn.arxiv.org; it stands for https://arxiv.org/abs/2403.00001\n"
      "c.json: b: plain-http: B's code link http://b.example.org uses plain http\n"
      "c.json: b: project-page: B's code link http://b.example.org is a project page, not a repository; a "
      "catalog keeps a project page as \"project\", with \"code\" null\n"
      "c.json: b: venue-spelling: B's venue ICLR2025 is written ICLR'25 for 2 other papers\n"
      "c.json: c: stray-whitespace: title \"C:  Two  Spaces\" has stray whitespace\n"
      "c.json: a-2: stray-whitespace: name \"a \" has stray whitespace\n"
      "c.json: a-2: arxiv-month: a 's venue ArXiv'2403 says 2024-03, but its arXiv id 2402.00009 dates from "
      "2024-02\n"
      "c.json: a-2: shared-name: a  is also the name of a (\"A : A Paper\")\n"
      "c.json: d: preprint-elsewhere: D (ArXiv'2403) has the arXiv id 2403.00001 of a (ICLR'25)\n"
      "c.json: e: venue-year: E's venue CVPR has no year\n",
      findings_text(lint_catalog(test::catalog_of(papers)), "c.json"));
}

TEST(Lint, UnsafeLinksAreNoProjectPages) {
  std::vector<Paper> papers = {
      test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, "javascript:alert(1)"),
      test::make_paper("b", "B", "CVPR'24", 2024, test::k_res, " Data:text/html,x"),
      test::make_paper("c", "C", "CVPR'24", 2024, test::k_res, "https://github.com/c/c"),
  };
  papers[2].pdf = "file:///etc/passwd";
  EXPECT_EQ(
      "c.json: a: unsafe-link: A's code link javascript:alert(1) is a javascript: link, which runs in the "
      "reader's browser; a list's links should be http or https\n"
      "c.json: b: unsafe-link: B's code link  Data:text/html,x is a data: link, which runs in the reader's "
      "browser; a list's links should be http or https\n"
      "c.json: c: unsafe-link: C's pdf link file:///etc/passwd is a file: link, which opens a file on the "
      "reader's computer; a list's links should be http or https\n",
      findings_text(lint_catalog(test::catalog_of(papers)), "c.json"));
  const auto listed = importer::import_list(
      "# L\n\n## Video\n\n1. <span id = \"1\">**[V]**</span> | **CVPR'24** | V | "
      "[pdf](https://arxiv.org/abs/2401.00001) | "
      "[code](vbscript:msgbox)\n");
  EXPECT_EQ(
      "l.md:5: unsafe-link: V's code link vbscript:msgbox is a vbscript: link, which runs in the reader's "
      "browser; a list's links should be http or https\n",
      findings_text(lint_list(listed), "l.md"));
}

TEST(Lint, NamesEqualOnceAccentsAreComposedAreShared) {
  const std::vector<Paper> papers = {
      test::make_paper("cafe", "Caf\xC3\xA9", "CVPR'24", 2024, test::k_res, "https://github.com/a/a"),
      test::make_paper("cafe-2", "CAFE\xCC\x81", "CVPR'24", 2024, test::k_res, "https://github.com/b/b"),
  };
  EXPECT_EQ(
      "c.json: cafe-2: shared-name: CAFE\xCC\x81 is also the name of cafe (\"Caf\xC3\xA9: A Paper\"), the "
      "same name once accents are composed (Unicode NFC) and case is folded\n",
      findings_text(lint_catalog(test::catalog_of(papers)), "c.json"));
}

TEST(Lint, NothingToFindOnACleanCatalog) {
  const Catalog clean =
      test::catalog_of({test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, "https://github.com/a/a")});
  EXPECT_TRUE(lint_catalog(clean).empty());
  EXPECT_EQ("[]", format::dump(findings_json({}, "c.json"), 2));
}

TEST(Lint, JsonHasTheSameFindings) {
  const std::vector<Finding> findings = {{12, "himtok", "section-conflict", "HiMTok has code x"},
                                         {std::nullopt, "prima", "project-page", "PRIMA's code link"}};
  EXPECT_EQ(
      "[\n"
      "  {\n"
      "    \"file\": \"l.md\",\n"
      "    \"line\": 12,\n"
      "    \"key\": \"himtok\",\n"
      "    \"rule\": \"section-conflict\",\n"
      "    \"message\": \"HiMTok has code x\"\n"
      "  },\n"
      "  {\n"
      "    \"file\": \"l.md\",\n"
      "    \"line\": null,\n"
      "    \"key\": \"prima\",\n"
      "    \"rule\": \"project-page\",\n"
      "    \"message\": \"PRIMA's code link\"\n"
      "  }\n"
      "]",
      format::dump(findings_json(findings, "l.md"), 2));
}

TEST(Lint, EveryRuleFoundIsDocumented) {
  std::vector<std::string> names;
  for (const Rule& r : rules()) {
    names.push_back(std::string(r.name));
  }
  const std::string doc = test::read_text_file(test::source_path("docs/lint.md"));
  for (const std::string& name : names) {
    EXPECT_NE(std::string::npos, doc.find("`" + name + "`")) << name << " is not in docs/lint.md";
  }
  std::vector<Finding> found = lint_catalog(test::real_catalog());
  for (const char* list : {"tests/fixtures/Awesome-MLLM-Segmentation.md",
                           "tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md",
                           "tests/fixtures/lists/quirks.md", "tests/fixtures/lists/renamed.md"}) {
    const auto more = lint_list(importer::import_list(test::read_text_file(test::source_path(list))));
    found.insert(found.end(), more.begin(), more.end());
  }
  for (const Finding& f : found) {
    EXPECT_NE(names.end(), std::find(names.begin(), names.end(), f.rule)) << f.rule;
  }
}

}  // namespace
}  // namespace mllmseg::lint
