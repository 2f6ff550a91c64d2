// Lists that must not be half-read (issue 15): entries numbered past 9,999,
// entries a renderer does not show (in an HTML comment or a fenced code
// block), and one name written with composed and with combining accents.
// The end-to-end cases are in tests/cli/cases/half_read.case.
#include <gtest/gtest.h>

#include <string>

#include "format/export.h"
#include "importer/import.h"
#include "lint/lint.h"
#include "test_support.h"

namespace mllmseg::importer {
namespace {

std::string hostile_diagnostics(const Import& imported) {
  std::string out;
  for (const Diagnostic& d : imported.diagnostics) {
    out += std::to_string(d.line) + " " + d.rule + (d.dropped ? " (dropped)" : "") + " " + d.message + "\n";
  }
  return out;
}

std::string keys_of(const Catalog& catalog) {
  std::string out;
  for (const Paper& p : catalog.papers) {
    out += (out.empty() ? "" : " ") + p.key;
  }
  return out;
}

std::string entry(int number, const std::string& name, int id) {
  return std::to_string(number) + ". <span id = \"" + std::to_string(id) + "\">**[" + name +
         "]**</span> | **CVPR'24** | " + name + " | [pdf](https://example.org/" + std::to_string(id) + ")\n";
}

TEST(ImportHostile, EntriesNumberedPastTenThousandAreEntries) {
  // Numbers had four digits at most: "10000. ..." ran on to the entry before
  // it, and a 100,000-entry list imported 9,999 papers.
  std::string list = "# L\n\n## Referring Expression Segmentation\n\n";
  for (int n = 9998; n <= 10001; ++n) {
    list += entry(n, "P" + std::to_string(n), n);
  }
  list += entry(123456789, "Big", 1);
  const Import imported = import_list(list);
  EXPECT_EQ("p9998 p9999 p10000 p10001 big", keys_of(imported.catalog));
  EXPECT_EQ(
      "5 entry-number first entry of \"Referring Expression Segmentation\" is numbered 9998\n"
      "9 entry-number entry numbered 123456789 follows 10001\n",
      hostile_diagnostics(imported));
}

TEST(ImportHostile, ALargeListSurvivesTheMarkdownRoundTrip) {
  std::vector<Paper> papers;
  for (int i = 0; i < 10005; ++i) {
    papers.push_back(
        test::make_paper("p" + std::to_string(i), "P" + std::to_string(i), "CVPR'24", 2024, test::k_res));
  }
  const Store store(test::catalog_of(std::move(papers)));
  const Import imported = import_list(format::render_markdown(store, store.all()));
  ASSERT_EQ(10005u, imported.catalog.papers.size());
  EXPECT_EQ("p10004", imported.catalog.papers.back().key);
  EXPECT_EQ(10005, imported.catalog.papers.back().entries.at(0).number);
}

TEST(ImportHostile, EntriesInCommentsAndFencesAreSkippedWithAWarning) {
  const Import imported =
      import_list(test::read_text_file(test::source_path("tests/fixtures/lists/hidden.md")));
  EXPECT_EQ("lisa visa sam4mllm", keys_of(imported.catalog));
  EXPECT_EQ(
      "14 hidden-entry lines 14-17 are an HTML comment, which the rendered list does not show: its 2 entries "
      "are skipped\n"
      "22 hidden-entry lines 22-24 are a fenced code block, which the rendered list shows as code: its entry "
      "is skipped\n"
      "26 hidden-entry line 26 is an HTML comment, which the rendered list does not show: its entry is "
      "skipped\n"
      "27 hidden-entry lines 27-29 are a fenced code block, which the rendered list shows as code: its entry "
      "is skipped\n"
      "32 hidden-entry an HTML comment opened here is never closed, so the rendered list does not show the "
      "rest (lines 32-33): its entry is skipped\n",
      hostile_diagnostics(imported));
  // "# install" in the preamble's bash block is no heading: the section has no parent.
  ASSERT_EQ(1u, imported.catalog.sections.size());
  EXPECT_EQ(std::nullopt, imported.catalog.sections[0].parent);
  EXPECT_EQ(
      "<!--\n4. <span id = \"1009\">**[Unclosed]**</span> | **CVPR'25** | Never Shown | "
      "[`[pdf]`](https://arxiv.org/abs/2501.00004)\n",
      imported.catalog.epilogue.substr(1));
}

TEST(ImportHostile, BlocksWithoutEntriesOrOutsideSectionsSayNothing) {
  const Import imported = import_list(
      "# L\n\n<!-- badges -->\n\n```\n1. **[Example]** | **CVPR'24** | E | "
      "[pdf](https://example.org)\n```\n\n"
      "## Referring Expression Segmentation\n\n" +
      entry(1, "A", 1) + "\n```sh\npip install a\n```\n");
  EXPECT_EQ("a", keys_of(imported.catalog));
  EXPECT_EQ("", hostile_diagnostics(imported));
}

TEST(ImportHostile, AnEntryDoesNotRunOnIntoAFence) {
  const Import imported = import_list("# L\n\n## Video\n\n" + entry(1, "A", 1) + "~~~\n" + entry(2, "B", 2) +
                                      "~~~\n" + entry(2, "C", 3));
  EXPECT_EQ("a c", keys_of(imported.catalog));
  EXPECT_EQ(
      "6 hidden-entry lines 6-8 are a fenced code block, which the rendered list shows as code: its entry "
      "is skipped\n",
      hostile_diagnostics(imported));
}

TEST(ImportHostile, NamesEqualOnceAccentsAreComposedAreOneName) {
  // NFC "Café" and NFD "Cafe" + U+0301 have different keys (caf, cafe) but
  // are the same name to a reader, as "Seg" and "SEG" are.
  const Import imported = import_list("# L\n\n## Video\n\n" + entry(1, "Caf\xC3\xA9", 1) +
                                      entry(2, "Cafe\xCC\x81", 2) + entry(3, "CAF\xC3\x89", 3));
  EXPECT_EQ("caf cafe caf-2", keys_of(imported.catalog));
  EXPECT_EQ(
      "6 shared-name name Cafe\xCC\x81 is also used by a different paper at line 5 (\"Caf\xC3\xA9\"), the "
      "same "
      "name once accents are composed (Unicode NFC) and case is folded; this one gets key cafe\n"
      "7 shared-name name CAF\xC3\x89 gives the same key as Caf\xC3\xA9 at line 5; this one gets key caf-2\n",
      hostile_diagnostics(imported));
  EXPECT_EQ(2u, lint::lint_list(imported).size());
}

}  // namespace
}  // namespace mllmseg::importer
