// The markdown round trip on the texts fuzzing found it changed
// (docs/reliability.md, finding 4): a heading that ends in #, an & that
// starts an entity, and an epilogue that the export would put under another
// heading. Each list is imported, exported and imported again.
#include <gtest/gtest.h>

#include "format/export.h"
#include "format/json.h"
#include "importer/import.h"

namespace mllmseg::importer {
namespace {

std::string export_of(const Catalog& catalog) {
  const Store store{Catalog(catalog)};
  return format::render_markdown(store, store.all());
}

std::string json_of(const Catalog& catalog) {
  const Store store{Catalog(catalog)};
  return format::catalog_document(store, store.all());
}

std::string diagnostics_text(const Import& imported) {
  std::string out;
  for (const Diagnostic& d : imported.diagnostics) {
    out += std::to_string(d.line) + " " + d.rule + (d.dropped ? " (dropped)" : "") + " " + d.message + "\n";
  }
  return out;
}

constexpr std::string_view k_entry_a =
    "1. <span id = \"1\">**[A]**</span> | **CVPR'24** | A | [pdf](https://arxiv.org/abs/2401.00001)\n";
constexpr std::string_view k_entry_b =
    "1. <span id = \"2\">**[B]**</span> | **CVPR'24** | B | [pdf](https://arxiv.org/abs/2401.00002)\n";

TEST(MarkdownRoundTrip, ATitleOfAHashIsWrittenEscaped) {
  const Import first = import_list("# # #\n\n## Video\n\n" + std::string(k_entry_a));
  EXPECT_EQ("#", first.catalog.title);
  const std::string md = export_of(first.catalog);
  EXPECT_EQ(
      "# \\#\n"
      "\n"
      "## Video\n"
      "\n"
      "1. <span id = \"1\">**[A]**</span> | **CVPR'24** | A | [`[pdf]`](https://arxiv.org/abs/2401.00001)\n",
      md);
  EXPECT_EQ(json_of(first.catalog), json_of(import_list(md).catalog));
}

TEST(MarkdownRoundTrip, HeadingsAreReadWithTheirEscapesAndWrittenWithThem) {
  const Import first =
      import_list("# C\\# \\\\ a &amp;lt; b \\#\n\n## Video &amp; more ##\n\n" + std::string(k_entry_a));
  EXPECT_EQ("C# \\ a &lt; b #", first.catalog.title);
  ASSERT_EQ(1u, first.catalog.sections.size());
  EXPECT_EQ("Video & more", first.catalog.sections[0].heading);
  const std::string md = export_of(first.catalog);
  EXPECT_EQ(
      "# C# \\ a &amp;lt; b \\#\n"
      "\n"
      "## Video & more\n"
      "\n"
      "1. <span id = \"1\">**[A]**</span> | **CVPR'24** | A | [`[pdf]`](https://arxiv.org/abs/2401.00001)\n",
      md);
  EXPECT_EQ(json_of(first.catalog), json_of(import_list(md).catalog));
}

TEST(MarkdownRoundTrip, AnAmpersandInAnEntryComesBackAsItWas) {
  const Import first = import_list(
      "# L\n\n## Video\n\n"
      "1. <span id = \"1\">**[AT&T]**</span> | **CVPR'24** | Less &amp;lt; more &amp;amp; &copy; &#60; | "
      "[pdf](https://arxiv.org/abs/2401.00001)\n");
  ASSERT_EQ(1u, first.catalog.papers.size());
  EXPECT_EQ("AT&T", first.catalog.papers[0].name);
  EXPECT_EQ("Less &lt; more &amp; &copy; &#60;", first.catalog.papers[0].title);
  const std::string md = export_of(first.catalog);
  EXPECT_EQ(
      "# L\n"
      "\n"
      "## Video\n"
      "\n"
      "1. <span id = \"1\">**[AT&T]**</span> | **CVPR'24** | Less &amp;lt; more &amp;amp; &amp;copy; "
      "&amp;#60; | "
      "[`[pdf]`](https://arxiv.org/abs/2401.00001)\n",
      md);
  EXPECT_EQ(json_of(first.catalog), json_of(import_list(md).catalog));
}

// The fuzzer's case: the res section is repeated one level down under a
// heading that names no task, and an unknown section follows. The export
// writes both res sections' entries under the first heading, "##", where
// "### Reasoning Segmentation" would be a subsection of res and its entry
// an entry of res; so the epilogue starts after it.
TEST(MarkdownRoundTrip, TextTheExportWouldReadAsEntriesIsLeftOutOfTheEpilogue) {
  const Import first = import_list(
      "# L\n\n## Referring Expression Segmentation\n\n" + std::string(k_entry_a) +
      "\n## Image Segmentation\n\n### Referring Segmentation\n\n" + std::string(k_entry_b) +
      "\n### Reasoning Segmentation\n\n1. A list item\n" + "\n## Feedback\n\n1. Open an issue.\n");
  EXPECT_EQ("\n## Feedback\n\n1. Open an issue.\n", first.catalog.epilogue);
  EXPECT_EQ(
      "9 repeated-section section \"Referring Segmentation\" is about res like \"Referring Expression "
      "Segmentation\" above; its entries are listed after that section's\n"
      "12 unknown-section (dropped) the text after the last entry (lines 12-15) is left out: the markdown "
      "export writes it after the entries of \"Referring Expression Segmentation\", where line 15 would be "
      "read as an entry\n",
      diagnostics_text(first));
  const Import second = import_list(export_of(first.catalog));
  EXPECT_EQ(json_of(first.catalog), json_of(second.catalog));
  EXPECT_FALSE(second.dropped());
}

// The same without a repeated section: "## Image Segmentation" sits under
// "# Other" in the list, but under "# Video" (a section) in the export.
TEST(MarkdownRoundTrip, AHeadingThatGetsAnotherParentInTheExportEndsTheLeftOutText) {
  const Import first =
      import_list("# L\n\n# Video\n\n" + std::string(k_entry_a) + "\n# Other\n\n## Image Segmentation\n\n" +
                  "### Referring\n\n" + std::string(k_entry_b) +
                  "### Reasoning\n\n1. [GSVA](https://x/gsva)\n" + "### Nothing to read\n\nBye.\n");
  EXPECT_EQ("### Nothing to read\n\nBye.\n", first.catalog.epilogue);
  EXPECT_EQ(
      "14 unknown-section (dropped) section \"Reasoning\" names no task (a heading needs the word referring "
      "(res), open-vocabulary (ovss) or video (video)); its 1 entry (line 16) was not imported\n"
      "14 unknown-section (dropped) the text after the last entry (lines 14-16) is left out: the markdown "
      "export writes it after the entries of \"Referring\", where line 16 would be read as an entry\n",
      diagnostics_text(first));
  const Import second = import_list(export_of(first.catalog));
  EXPECT_EQ(json_of(first.catalog), json_of(second.catalog));
}

}  // namespace
}  // namespace mllmseg::importer
