// The exports that must give back what they came from: json loads again as
// the same catalog, and markdown of the whole catalog is the list it came
// from with only the catalog's curated fixes applied.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "catalog/load.h"
#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string span_id(const std::string& line) {
  const std::string open = "<span id = \"";
  const auto from = line.find(open);
  if (from == std::string::npos) {
    return "<no entry: " + line + ">";
  }
  const auto start = from + open.size();
  return line.substr(start, line.find('"', start) - start);
}

TEST(ExportRoundTrip, JsonOfTheWholeCatalogIsTheCatalogFile) {
  const Store& store = test::real_store();
  EXPECT_EQ(test::read_text_file(test::source_path("catalog/papers.json")), render_json(store, store.all()));
}

TEST(ExportRoundTrip, JsonLoadsAgainAsTheSameCatalog) {
  const Store& store = test::real_store();
  auto again = parse_catalog(render_json(store, store.all()), "export.json");
  ASSERT_TRUE(again) << again.error();
  const Catalog& a = store.catalog();
  const Catalog& b = *again;
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.preamble, b.preamble);
  EXPECT_EQ(a.epilogue, b.epilogue);
  ASSERT_EQ(a.sections.size(), b.sections.size());
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    EXPECT_EQ(a.sections[i].task, b.sections[i].task);
    EXPECT_EQ(a.sections[i].heading, b.sections[i].heading);
    EXPECT_EQ(a.sections[i].level, b.sections[i].level);
    EXPECT_EQ(a.sections[i].parent, b.sections[i].parent);
    EXPECT_EQ(a.sections[i].blank_line, b.sections[i].blank_line);
  }
  ASSERT_EQ(a.papers.size(), b.papers.size());
  for (std::size_t i = 0; i < a.papers.size(); ++i) {
    EXPECT_TRUE(test::same_paper(a.papers[i], b.papers[i]));
    for (std::size_t e = 0; e < a.papers[i].entries.size() && e < b.papers[i].entries.size(); ++e) {
      EXPECT_EQ(a.papers[i].entries[e].after_title, b.papers[i].entries[e].after_title) << a.papers[i].key;
    }
  }
  // And a second export is the first, byte for byte.
  const Store reloaded(std::move(again).value());
  EXPECT_EQ(render_json(store, store.all()), render_json(reloaded, reloaded.all()));
}

std::string without_cr(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

TEST(ExportRoundTrip, MarkdownOfTheWholeCatalogIsTheListWithTheCuratedFixes) {
  const Store& store = test::real_store();
  const auto listed = lines_of(without_cr(
      test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md"))));
  const auto exported = lines_of(render_markdown(store, store.all()));
  ASSERT_EQ(listed.size(), exported.size());

  const Catalog whole = store.catalog();
  std::map<std::string, std::vector<const Fix*>> fixes;  // by entry id
  for (const Paper& p : whole.papers) {
    for (const Fix& f : p.fixes) {
      fixes[f.entry].push_back(&f);
    }
  }
  std::map<std::string, const Section*> headings;  // the listed heading line, by the catalog's
  for (const Section& s : whole.sections) {
    if (s.heading_listed) {
      headings["### " + *s.heading_listed] = &s;
    }
  }
  std::set<std::string> changed;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    if (listed[i] == exported[i]) {
      continue;
    }
    if (const auto h = headings.find(listed[i]); h != headings.end()) {
      changed.insert("heading");
      EXPECT_EQ("### " + h->second->heading, exported[i]);
      continue;
    }
    const std::string id = span_id(listed[i]);
    changed.insert(id);
    // The exported line is the listed line with each of its fixes applied, and
    // what markdown would take for an HTML tag written as text.
    std::string expected = listed[i];
    for (const Fix* f : fixes[id]) {
      const auto at = expected.find(f->listed);
      ASSERT_NE(std::string::npos, at) << "fix of " << id << " not found in line " << i + 1;
      expected.replace(at, f->listed.size(), f->curated);
    }
    if (const auto tag = expected.find("<SEG>"); tag != std::string::npos) {
      expected.replace(tag, 5, "&lt;SEG&gt;");
    }
    EXPECT_EQ(expected, exported[i]) << "line " << i + 1;
  }
  // VITRON's two names, five www.arxiv.org links, LLMFormer's proxied link,
  // the ovss heading, and READ's title with its <SEG>.
  EXPECT_EQ((std::set<std::string>{"1013", "1046", "1050", "1051", "1062", "1063", "1064", "2002", "3003",
                                   "heading"}),
            changed);
  std::set<std::string> fixed{"1062", "heading"};
  for (const auto& [id, list] : fixes) {
    fixed.insert(id);
  }
  EXPECT_EQ(fixed, changed);
}

// The March 2025 list imported and exported again: the same text but for the
// five lines the importer normalises (VITRON's stray space twice, Text4Seg's
// ICLR2025, HiMTok's code link without its hyphen, LLMFormer's proxied link).
TEST(ExportRoundTrip, MarkdownOfTheImportedSeedIsTheSeedListNormalised) {
  const Store& store = test::seed_store();
  const auto seed =
      lines_of(test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation.md")));
  const auto exported = lines_of(render_markdown(store, store.all()));
  ASSERT_EQ(seed.size(), exported.size());
  std::set<std::string> changed;
  for (std::size_t i = 0; i < seed.size(); ++i) {
    if (seed[i] != exported[i]) {
      changed.insert(span_id(seed[i]));
    }
  }
  EXPECT_EQ((std::set<std::string>{"1013", "2002", "2005", "2006", "3003"}), changed);
}

}  // namespace
}  // namespace mllmseg::format
