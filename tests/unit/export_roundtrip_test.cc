// The exports that must give back what they came from: json loads again as
// the same catalog, and markdown of the whole catalog is the seed list with
// only the catalog's curated fixes applied.
#include <gtest/gtest.h>

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

TEST(ExportRoundTrip, MarkdownOfTheWholeCatalogIsTheSeedListWithTheCuratedFixes) {
  const Store& store = test::real_store();
  const auto seed =
      lines_of(test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation.md")));
  const auto exported = lines_of(render_markdown(store, store.all()));
  ASSERT_EQ(seed.size(), exported.size());

  const Catalog whole = store.catalog();
  std::map<std::string, std::vector<const Fix*>> fixes;  // by entry id
  for (const Paper& p : whole.papers) {
    for (const Fix& f : p.fixes) {
      fixes[f.entry].push_back(&f);
    }
  }
  std::set<std::string> changed;
  for (std::size_t i = 0; i < seed.size(); ++i) {
    if (seed[i] == exported[i]) {
      continue;
    }
    const std::string id = span_id(seed[i]);
    changed.insert(id);
    // The exported line is the listed line with each of its fixes applied.
    std::string expected = seed[i];
    for (const Fix* f : fixes[id]) {
      const auto at = expected.find(f->listed);
      ASSERT_NE(std::string::npos, at) << "fix of " << id << " not found in line " << i + 1;
      expected.replace(at, f->listed.size(), f->curated);
    }
    EXPECT_EQ(expected, exported[i]) << "line " << i + 1;
  }
  EXPECT_EQ((std::set<std::string>{"1013", "2002", "2005", "2006", "3003"}), changed);
  std::set<std::string> fixed;
  for (const auto& [id, list] : fixes) {
    fixed.insert(id);
  }
  EXPECT_EQ(fixed, changed);
}

}  // namespace
}  // namespace mllmseg::format
