// Whole lists through the importer: the current list gives the embedded
// catalog's list fields, the seed its own figures, the markdown export comes back as the same catalog, and
// the variant lists under tests/fixtures/lists/ import with every decision reported.
#include <gtest/gtest.h>

#include "catalog/load.h"
#include "format/export.h"
#include "format/json.h"
#include "importer/document.h"
#include "importer/import.h"
#include "test_support.h"

namespace mllmseg::importer {
namespace {

Import import_file(std::string_view relative) {
  return import_list(test::read_text_file(test::source_path(relative)));
}

// The fields a list gives, compared one paper at a time, naming the first
// difference.
::testing::AssertionResult same_list_fields(const Catalog& a, const Catalog& b) {
  if (a.title != b.title || a.preamble != b.preamble || a.epilogue != b.epilogue) {
    return ::testing::AssertionFailure() << "title, preamble or epilogue differ";
  }
  if (a.sections.size() != b.sections.size()) {
    return ::testing::AssertionFailure() << "sections differ";
  }
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    const Section& x = a.sections[i];
    const Section& y = b.sections[i];
    // A curated heading is the list's heading corrected: either form is the same section.
    const bool same_heading =
        x.heading == y.heading || x.heading_listed == y.heading || y.heading_listed == x.heading;
    if (x.task != y.task || !same_heading || x.level != y.level || x.parent != y.parent ||
        x.blank_line != y.blank_line) {
      return ::testing::AssertionFailure() << "section " << i << " differs";
    }
  }
  if (a.papers.size() != b.papers.size()) {
    return ::testing::AssertionFailure() << a.papers.size() << " papers against " << b.papers.size();
  }
  for (std::size_t i = 0; i < a.papers.size(); ++i) {
    Paper x = a.papers[i];
    Paper y = b.papers[i];
    for (Paper* p : {&x, &y}) {  // what a list cannot give
      p->authors.clear();
      p->submitted.reset();
      p->published.reset();
      p->abstract.reset();
      p->fixes.clear();
      p->authors_source.reset();
      p->listed.reset();
      p->listed_by.reset();
    }
    if (auto same = test::same_paper(x, y); !same) {
      return same;
    }
    for (std::size_t e = 0; e < x.entries.size(); ++e) {
      if (x.entries[e].after_title != y.entries[e].after_title) {
        return ::testing::AssertionFailure() << x.key << ": entries differ in after_title";
      }
      if (x.entries[e].after_links != y.entries[e].after_links) {
        return ::testing::AssertionFailure() << x.key << ": entries differ in after_links";
      }
    }
  }
  return ::testing::AssertionSuccess();
}

std::string diagnostics_text(const Import& imported) {
  std::string out;
  for (const Diagnostic& d : imported.diagnostics) {
    out += std::to_string(d.line) + " " + d.rule + (d.dropped ? " (dropped)" : "") + " [" + d.key + "] " +
           d.message + "\n";
  }
  return out;
}

TEST(ImportList, TheListGivesTheEmbeddedCatalogsListFields) {
  const Import imported = import_file("tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md");
  EXPECT_EQ(89u, imported.entries.size());
  EXPECT_EQ(74u, imported.catalog.papers.size());
  EXPECT_TRUE(same_list_fields(test::real_catalog(), imported.catalog));
  EXPECT_FALSE(imported.dropped());
  EXPECT_FALSE(imported.incomplete());
}

TEST(ImportList, TheSeedGivesItsFigures) {
  const Import imported = import_file("tests/fixtures/Awesome-MLLM-Segmentation.md");
  EXPECT_EQ(49u, imported.entries.size());
  EXPECT_EQ(39u, imported.catalog.papers.size());
  std::size_t res = 0;
  std::size_t ovss = 0;
  std::size_t video = 0;
  for (const Paper& p : imported.catalog.papers) {
    res += has_task(p.tasks, Task::res) ? 1U : 0U;
    ovss += has_task(p.tasks, Task::ovss) ? 1U : 0U;
    video += has_task(p.tasks, Task::video) ? 1U : 0U;
  }
  EXPECT_EQ(35u, res);
  EXPECT_EQ(6u, ovss);
  EXPECT_EQ(8u, video);
  EXPECT_FALSE(imported.dropped());
}

// Every finding on the current list, each decided in the embedded catalog
// (docs/catalog-format.md lists the decisions).
TEST(ImportList, TheCurrentListsFindingsAreTheOnesTheCatalogDecides) {
  const Import imported = import_file("tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md");
  std::string rules;
  for (const Diagnostic& d : imported.diagnostics) {
    rules += std::to_string(d.line) + " " + d.rule + " [" + d.key + "]\n";
  }
  EXPECT_EQ(
      "34 stray-whitespace [vitron]\n"
      "67 arxiv-host [rsvp]\n"
      "71 arxiv-host [seg-r1]\n"
      "72 arxiv-host [hrseg]\n"
      "80 shared-name [lens-2]\n"
      "84 arxiv-host [unigeoseg]\n"
      "85 arxiv-host [stamp]\n"
      "88 heading-typo []\n"
      "91 proxy-link [llmformer]\n"
      "103 stray-whitespace [vitron]\n",
      rules);
}

TEST(ImportList, TheSeedsConflictsAreResolvedAndReported) {
  const Import imported = import_file("tests/fixtures/Awesome-MLLM-Segmentation.md");
  EXPECT_EQ(
      "3 mis-encoded [] \"\xE2\x80\x9A\xE2\x89\xA0\xC3\xAA\" looks like UTF-8 read as Mac Roman: it was "
      "probably "
      "\"\xE2\xAD\x90\"\n"
      "34 stray-whitespace [vitron] name \"VITRON \" has stray whitespace; the catalog uses \"VITRON\"\n"
      "61 proxy-link [llmformer] pdf link "
      "https://link-springer-com.remotexs.ntu.edu.sg/article/10.1007/s11263-024-02171-y goes through the "
      "library "
      "proxy remotexs.ntu.edu.sg; the catalog uses "
      "https://link.springer.com/article/10.1007/s11263-024-02171-y\n"
      "64 venue-spelling [text4seg] venue ICLR2025 is written ICLR'25 in 3 other entries; the catalog uses "
      "ICLR'25\n"
      "65 section-conflict [himtok] HiMTok has code https://github.com/yayafengzi/LMMHiMTok here but "
      "https://github.com/yayafengzi/LMM-HiMTok at line 56, which the catalog uses\n"
      "71 stray-whitespace [vitron] name \"VITRON \" has stray whitespace; the catalog uses \"VITRON\"\n",
      diagnostics_text(imported));
}

TEST(ImportList, TheMarkdownExportComesBackAsTheSameCatalog) {
  const Store& store = test::real_store();
  const Import imported = import_list(format::render_markdown(store, store.all()));
  EXPECT_TRUE(same_list_fields(test::real_catalog(), imported.catalog));
  EXPECT_FALSE(imported.dropped());
}

TEST(ImportList, ImportingTheExportOfAnImportGivesItBackByteForByte) {
  const Import first = import_file("tests/fixtures/Awesome-MLLM-Segmentation.md");
  const Store store{Catalog(first.catalog)};
  const Import second = import_list(format::render_markdown(store, store.all()));
  const Store again{Catalog(second.catalog)};
  EXPECT_EQ(format::catalog_document(store, store.all()), format::catalog_document(again, again.all()));
}

TEST(ImportList, ByteOrderMarkAndCrlfChangeNothing) {
  const Import plain = import_file("tests/fixtures/lists/small.md");
  const Import crlf = import_file("tests/fixtures/lists/small-crlf-bom.md");
  EXPECT_TRUE(same_list_fields(plain.catalog, crlf.catalog));
  EXPECT_EQ(diagnostics_text(plain), diagnostics_text(crlf));
  ASSERT_EQ(2u, crlf.catalog.papers.size());
  EXPECT_EQ("vitron", crlf.catalog.papers[1].key);
  EXPECT_EQ(test::k_res | test::k_video, crlf.catalog.papers[1].tasks);
}

TEST(ImportList, RenamedAndMisspeltHeadingsFindTheirTasks) {
  const Import imported = import_file("tests/fixtures/lists/renamed.md");
  std::string sections;
  for (const Section& s : imported.catalog.sections) {
    sections += std::string(task_id(s.task)) + ": " + s.heading + " (" + s.parent.value_or("-") + ")\n";
  }
  EXPECT_EQ(
      "res: Refering Expresion Segmentaion (Image Segmentation)\n"
      "ovss: Open Vocabluary Semantic Segmentation (Image Segmentation)\n"
      "video: \xF0\x9F\x8E\xAC Vidoe Segmentation (-)\n",
      sections);
  EXPECT_EQ(
      "16 unknown-section (dropped) [] section \"Reasoning Segmentation\" names no task (a heading needs the "
      "word "
      "referring (res), open-vocabulary (ovss) or video (video)); its 2 entries (lines 18-19) were not "
      "imported\n"
      "21 repeated-section [] section \"More Referring Segmentation\" is about res like \"Refering Expresion "
      "Segmentaion\" above; its entries are listed after that section's\n"
      "28 entry-number [videolisa] entry numbered 3 follows 1\n"
      "30 unknown-section (dropped) [] section \"Referring Video Object Segmentation\" names more than one "
      "task "
      "(res, video); its 1 entry (line 32) was not imported\n",
      diagnostics_text(imported));
  std::string papers;
  for (const Paper& p : imported.catalog.papers) {
    papers += p.key + " " + task_list(p.tasks, ",") + " #" + std::to_string(p.entries.back().number) + "\n";
  }
  EXPECT_EQ("lisa res #1\npsalm res,ovss #1\ncores res #3\nvisa video #1\nvideolisa video #2\n", papers);
  EXPECT_TRUE(imported.dropped());
}

TEST(ImportList, EntryQuirksAreTakenAndReported) {
  const Import imported = import_file("tests/fixtures/lists/quirks.md");
  EXPECT_EQ(
      "6 arxiv-host [glamm] pdf link https://www.arxiv.org/abs/2311.03356 is not on arxiv.org itself; the "
      "catalog uses https://arxiv.org/abs/2311.03356\n"
      "9 shared-name [seg-2] name Seg is also used by a different paper at line 8 (\"Seg: A First Paper "
      "Called "
      "Seg\"); this one gets key seg-2\n"
      "10 missing-link [broken] Broken has no link at all; the catalog has none\n"
      "11 mis-encoded [cafe] \"\xC3\x83\xC2\xA9\" looks like UTF-8 read as Windows-1252: it was probably "
      "\"\xC3\xA9\"\n"
      "12 mis-encoded [naive] byte 0xEF is not UTF-8; read as Windows-1252 \"\xC3\xAF\"\n"
      "13 proxy-link [proxied] pdf link "
      "https://login.proxy.lib.example.edu/login?url=https%3A%2F%2Fieeexplore.ieee.org%2Fdocument%2F1234567 "
      "goes "
      "through the library proxy login.proxy.lib.example.edu; the catalog uses "
      "https://ieeexplore.ieee.org/document/1234567\n"
      "17 preprint-elsewhere [seg] Seg is listed as a preprint (ArXiv'2501) here but as CVPR'25 at line 8, "
      "which "
      "the catalog uses\n"
      "17 section-conflict [seg] Seg has code https://github.com/a/seg here but http://example.org/seg at "
      "line 8, "
      "which the catalog uses\n",
      diagnostics_text(imported));
  std::string papers;
  for (const Paper& p : imported.catalog.papers) {
    papers += p.key + " | " + p.venue + " | " + task_list(p.tasks, ",") + " | " + p.arxiv.value_or("-") +
              " | " + p.pdf + " | " + p.code.value_or("-") +
              (p.project ? " (project " + *p.project + ")" : "") + "\n";
  }
  EXPECT_EQ(
      "lisa | CVPR'24 | res | 2308.00692 | https://arxiv.org/abs/2308.00692 | "
      "https://github.com/dvlab-research/LISA\n"
      "glamm | CVPR'24 | res | 2311.03356 | https://arxiv.org/abs/2311.03356 | "
      "https://github.com/mbzuai-oryx/groundingLMM\n"
      "lavaseg | ArXiv'2403 | res | 2403.14141 | https://arxiv.org/pdf/2403.14141v2 | -\n"
      "seg | CVPR'25 | res,video | 2501.00001 | https://arxiv.org/abs/2501.00001 | - (project "
      "http://example.org/seg)\n"
      "seg-2 | ArXiv'2502 | res | 2502.00002 | https://arxiv.org/abs/2502.00002 | https://github.com/b/seg\n"
      "broken | CVPR'24 | res | - |  | -\n"
      "cafe | ECCV'24 | res | 2407.00007 | https://arxiv.org/abs/2407.00007 | -\n"
      "naive | ECCV'24 | res | 2407.00008 | https://arxiv.org/abs/2407.00008 | https://github.com/c/naive\n"
      "proxied | TPAMI'24 | res | - | https://ieeexplore.ieee.org/document/1234567 | -\n",
      papers);
  EXPECT_EQ("Na\xC3\xAFve Bytes", imported.catalog.papers[7].title);
  EXPECT_TRUE(format::validated_json(imported.catalog));
  EXPECT_FALSE(imported.dropped());
  EXPECT_TRUE(imported.incomplete());
}

TEST(ImportList, AVenueIsWrittenTheListsUsualWay) {
  const Import imported = import_list(
      "# L\n\n## Video\n\n"
      "1. <span id = \"1\">**[A]**</span> | **arXiv'2501** | A | [pdf](https://arxiv.org/abs/2501.00001)\n"
      "2. <span id = \"2\">**[B]**</span> | **ArXiv'2502** | B | [pdf](https://arxiv.org/abs/2502.00002)\n"
      "3. <span id = \"3\">**[C]**</span> | **ArXiv'2503** | C | [pdf](https://arxiv.org/abs/2503.00003)\n"
      "4. <span id = \"4\">**[D]**</span> | **CVPR 2024** | D | [pdf](https://example.org/d)\n"
      "5. <span id = \"5\">**[E]**</span> | **ArXiv** | E | [pdf](https://arxiv.org/abs/2504.00005)\n"
      "6. <span id = \"6\">**[F]**</span> | **Preprint** | F | [pdf](https://example.org/f)\n");
  std::string venues;
  for (const Paper& p : imported.catalog.papers) {
    venues += p.key + " " + p.venue + " " + std::to_string(p.year) + "-" +
              std::to_string(p.month.value_or(0)) + "\n";
  }
  EXPECT_EQ(
      "a ArXiv'2501 2025-1\nb ArXiv'2502 2025-2\nc ArXiv'2503 2025-3\nd CVPR'24 2024-0\ne ArXiv'2504 "
      "2025-4\n",
      venues);
  EXPECT_EQ(
      "5 venue-spelling [a] venue arXiv'2501 is not in the list's form (ABBR'YY, ArXiv'YYMM); the catalog "
      "uses "
      "ArXiv'2501\n"
      "8 venue-spelling [d] venue CVPR 2024 is not in the list's form (ABBR'YY, ArXiv'YYMM); the catalog "
      "uses "
      "CVPR'24\n"
      "9 venue-year [e] venue ArXiv has no year; the catalog uses ArXiv'2504 (2025) from the arXiv id "
      "2504.00005\n"
      "10 unparsed-entry (dropped) [] entry 6 cannot be read: venue Preprint has no year and the paper has "
      "no arXiv "
      "id; not imported\n",
      diagnostics_text(imported));
}

// The markdown round trip on every list of the fixtures: the export of an
// import imports as the same catalog, byte for byte.
TEST(ImportList, EveryFixtureListSurvivesTheMarkdownRoundTrip) {
  for (const char* list : {"tests/fixtures/Awesome-MLLM-Segmentation.md", "tests/fixtures/lists/newer.md",
                           "tests/fixtures/lists/quirks.md", "tests/fixtures/lists/renamed.md",
                           "tests/fixtures/lists/small-crlf-bom.md", "tests/fixtures/lists/hidden.md"}) {
    const Store first{import_file(list).catalog};
    const Store second{import_list(format::render_markdown(first, first.all())).catalog};
    EXPECT_EQ(format::catalog_document(first, first.all()), format::catalog_document(second, second.all()))
        << list;
  }
}

TEST(ImportList, SubheadingsWithoutATaskBelongToTheirSection) {
  const Import imported = import_list(
      "# L\n\n## Video Segmentation\n\n#### 2025\n\n"
      "1. <span id = \"3001\">**[A]**</span> | **ArXiv'2501** | A | [pdf](https://arxiv.org/abs/2501.00001)\n"
      "2. <span id = \"3002\">**[B]**</span> | **ArXiv'2502** | B | "
      "[pdf](https://arxiv.org/abs/2502.00002)\n\n"
      "#### 2024\n\n"
      "1. <span id = \"3003\">**[C]**</span> | **CVPR'24** | C | [pdf](https://arxiv.org/abs/2401.00003)\n");
  ASSERT_EQ(1u, imported.catalog.sections.size());
  EXPECT_EQ("Video Segmentation", imported.catalog.sections[0].heading);
  std::string papers;
  for (const Paper& p : imported.catalog.papers) {
    papers += p.key + " " + task_list(p.tasks, ",") + " #" + std::to_string(p.entries[0].number) + "\n";
  }
  EXPECT_EQ("a video #1\nb video #2\nc video #3\n", papers);
  EXPECT_EQ("", diagnostics_text(imported));
}

TEST(ImportList, APaperListedTwiceInASectionIsKeptOnce) {
  const Import imported = import_list(
      "# L\n\n## Video\n\n"
      "1. <span id = \"1\">**[A]**</span> | **CVPR'24** | A | [pdf](https://arxiv.org/abs/2401.00001)\n"
      "2. <span id = \"2\">**[B]**</span> | **CVPR'24** | B | [pdf](https://arxiv.org/abs/2401.00002)\n"
      "3. <span id = \"3\">**[A]**</span> | **CVPR'24** | A | [pdf](https://arxiv.org/abs/2401.00001)\n");
  ASSERT_EQ(2u, imported.catalog.papers.size());
  EXPECT_EQ(1u, imported.catalog.papers[0].entries.size());
  EXPECT_EQ(2, imported.catalog.papers[1].entries[0].number);
  EXPECT_EQ(
      "7 duplicate-entry [a] A is listed again in its section (first at line 5); the catalog keeps the "
      "first\n",
      diagnostics_text(imported));
}

TEST(ImportList, ASectionsParentIsTheHeadingOneLevelUpThatTheExportWillShow) {
  const Import imported = import_list(
      "# L\n\n## Image Segmentation\n\n### Referring\n\n"
      "1. <span id = \"1\">**[A]**</span> | **CVPR'24** | A | [pdf](https://arxiv.org/abs/2401.00001)\n\n"
      "# Aside\n\n### Open-Vocabulary\n\n"
      "1. <span id = \"2\">**[B]**</span> | **CVPR'24** | B | [pdf](https://arxiv.org/abs/2401.00002)\n\n"
      "## Video\n\n#### 2024\n\n"
      "1. <span id = \"3\">**[C]**</span> | **CVPR'24** | C | [pdf](https://arxiv.org/abs/2401.00003)\n");
  std::string sections;
  for (const Section& s : imported.catalog.sections) {
    sections += std::to_string(s.level) + " " + s.heading + " (" + s.parent.value_or("-") + ")\n";
  }
  EXPECT_EQ("3 Referring (Image Segmentation)\n3 Open-Vocabulary (Image Segmentation)\n2 Video (Aside)\n",
            sections);
}

TEST(ImportList, AListWithoutATitleGetsTheExportsTitle) {
  const Import imported =
      import_list("## Video\n\n1. **[A]** | **CVPR'24** | A | [pdf](https://arxiv.org/abs/2401.00001)\n");
  EXPECT_EQ("Papers", imported.catalog.title);
  ASSERT_EQ(1u, imported.catalog.papers.size());
}

TEST(ImportList, SomethingThatIsNotAListHasNoPapers) {
  EXPECT_TRUE(import_list("<html><body>Not Found</body></html>").catalog.papers.empty());
  EXPECT_TRUE(import_list("").catalog.papers.empty());
  EXPECT_EQ(
      "page.html: neither a catalog (JSON) nor a list: no numbered entry under a heading that names a task",
      read_document("<html>1. no</html>", "page.html").error());
}

TEST(ReadDocument, TellsCatalogsFromLists) {
  auto catalog = read_document(test::read_text_file(test::source_path("catalog/papers.json")), "papers.json");
  ASSERT_TRUE(catalog) << catalog.error();
  EXPECT_FALSE(catalog->list);
  EXPECT_EQ(74u, catalog->catalog.papers.size());
  auto list =
      read_document(test::read_text_file(test::source_path("tests/fixtures/lists/small.md")), "small.md");
  ASSERT_TRUE(list) << list.error();
  EXPECT_TRUE(list->list);
  EXPECT_EQ(
      "c.json:1:2: syntax error while parsing object key - unexpected end of input; expected string literal",
      read_document("{", "c.json").error());
}

}  // namespace
}  // namespace mllmseg::importer
