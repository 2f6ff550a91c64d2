// mllmseg update without the network: the plan made from a list (import,
// lint, curated data carried over, diff, validation) and the store that
// never leaves a half-written or lost catalog.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "test_support.h"
#include "update/update.h"

namespace mllmseg::update {
namespace {

std::string seed_list() {
  return test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation.md"));
}

class TempDir {
 public:
  TempDir() {
    char name[] = "/tmp/mllmseg-update-XXXXXX";
    m_path = ::mkdtemp(name);
  }
  ~TempDir() { std::system(("rm -rf '" + m_path + "'").c_str()); }
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

bool exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

constexpr std::string_view k_readme =
    "https://raw.githubusercontent.com/mc-lan/Awesome-MLLM-Segmentation/main/README.md";

std::string current_list() {
  return test::read_text_file(test::source_path("tests/fixtures/Awesome-MLLM-Segmentation-2026-01-21.md"));
}

// The list the embedded catalog was made from, updated on the day it was
// fetched, gives the embedded catalog back byte for byte: every curated
// author list, date and fix is carried over.
TEST(Update, TheCurrentListWithTheEmbeddedCatalogGivesTheEmbeddedCatalogBack) {
  auto plan = plan_update(current_list(), k_readme, test::real_catalog(), false, "2026-01-21");
  ASSERT_TRUE(plan) << plan.error();
  EXPECT_EQ(test::read_text_file(test::source_path("catalog/papers.json")), plan->json);
  EXPECT_TRUE(plan->diff.empty());
  EXPECT_EQ(74u, plan->carried.matched);
  EXPECT_EQ(73u, plan->carried.with_authors);
  EXPECT_EQ(8u, plan->carried.fixes_kept);  // VITRON twice, LLMFormer, five www.arxiv.org links
  EXPECT_EQ(0u, plan->carried.new_papers);
  EXPECT_TRUE(plan->carried.notes.empty());
  EXPECT_EQ(21u, plan->findings.size());
}

// The March 2025 list given the embedded catalog's curated data: the seed as
// a user catalog of the time would have had it.
const Catalog& curated_seed() {
  static const Catalog catalog = [] {
    auto plan = plan_update(seed_list(), "seed.md", test::real_catalog(), true, "2025-03-31");
    EXPECT_TRUE(plan) << plan.error();
    return plan ? plan->list.catalog : Catalog{};
  }();
  return catalog;
}

TEST(Update, ANewerListKeepsCuratedDataAndSaysWhatChanged) {
  ASSERT_EQ(39u, curated_seed().papers.size());
  const std::string newer = test::read_text_file(test::source_path("tests/fixtures/lists/newer.md"));
  auto plan = plan_update(newer, "newer.md", curated_seed(), false, "2026-12-02");
  ASSERT_TRUE(plan) << plan.error();
  EXPECT_EQ(
      "added newseg: NewSeg (ArXiv'2504) \"NewSeg: Segmenting Everything New\"\n"
      "removed geopix: GeoPix (ArXiv'2501) \"GeoPix: Multi-Modal Large Language Model for Pixel-level Image "
      "Understanding in Remote Sensing\"\n"
      "changed hyperseg: HyperSeg\n"
      "  venue: \"ArXiv'2411\" -> \"CVPR'25\"\n"
      "  year: 2024 -> 2025\n"
      "  month: 11 -> null\n"
      "1 added, 1 removed, 1 changed; 39 papers before, 39 after\n",
      diff::diff_text(plan->diff));
  EXPECT_TRUE(plan->carried.notes.empty());
  EXPECT_EQ(3u, plan->carried.fixes_kept);  // VITRON twice, LLMFormer
  EXPECT_EQ(1u, plan->carried.new_papers);
  const Catalog& next = plan->list.catalog;
  EXPECT_EQ(test::real_catalog().source, next.source);
  EXPECT_EQ(test::real_catalog().provenance, next.provenance);
  EXPECT_EQ("2026-12-02", next.updated);
  EXPECT_EQ("newer.md", next.updated_from);
  const auto find = [&](std::string_view key) {
    const auto it =
        std::find_if(next.papers.begin(), next.papers.end(), [&](const Paper& p) { return p.key == key; });
    EXPECT_NE(next.papers.end(), it) << key;
    return it == next.papers.end() ? Paper{} : *it;
  };
  const Paper lisa = find("lisa");
  EXPECT_EQ(test::real_catalog().papers[0].authors, lisa.authors);
  EXPECT_EQ("2023-08-01", lisa.submitted.value_or("none"));
  // A paper the catalog had keeps the day it joined the list; a new one joined today.
  EXPECT_EQ("2025-01-09", lisa.listed.value_or("none"));
  EXPECT_EQ(std::nullopt, lisa.listed_by);
  const Paper newseg = find("newseg");
  EXPECT_EQ("2026-12-02", newseg.listed.value_or("none"));
  EXPECT_EQ("update", newseg.listed_by.value_or("none"));
  const Paper llmformer = find("llmformer");
  EXPECT_EQ(1u, llmformer.fixes.size());
  EXPECT_EQ("2024-08-16", llmformer.published.value_or("none"));
}

// A fix the list has made itself is dropped, and said so.
TEST(Update, AFixTheListNoLongerNeedsIsDropped) {
  std::string fixed = current_list();
  const std::string wrong = "**[VITRON ]**";
  for (auto at = fixed.find(wrong); at != std::string::npos; at = fixed.find(wrong)) {
    fixed.replace(at, wrong.size(), "**[VITRON]**");
  }
  auto plan = plan_update(fixed, "fixed.md", test::real_catalog(), false, "2026-12-02");
  ASSERT_TRUE(plan) << plan.error();
  EXPECT_EQ(
      (std::vector<std::string>{
          "dropped the curated fix of name in entry 1013 of vitron: the list itself now says \"VITRON\"",
          "dropped the curated fix of name in entry 3003 of vitron: the list itself now says \"VITRON\""}),
      plan->carried.notes);
  EXPECT_EQ(6u, plan->carried.fixes_kept);
}

TEST(Update, TheHeadingFixIsKeptWhileTheListWritesWhatItCorrects) {
  std::string fixed = current_list();
  const std::string typo = "### Open-Vocabulary Semantic SegmentationS";
  fixed.replace(fixed.find(typo), typo.size(), "### Open-Vocabulary Semantic Segmentation");
  auto plan = plan_update(fixed, "fixed.md", test::real_catalog(), false, "2026-12-02");
  ASSERT_TRUE(plan) << plan.error();
  ASSERT_EQ(3u, plan->list.catalog.sections.size());
  EXPECT_EQ("Open-Vocabulary Semantic Segmentation", plan->list.catalog.sections[1].heading);
  EXPECT_EQ(std::nullopt, plan->list.catalog.sections[1].heading_listed);
  auto again = plan_update(current_list(), "list.md", test::real_catalog(), false, "2026-12-02");
  ASSERT_TRUE(again) << again.error();
  EXPECT_EQ("Open-Vocabulary Semantic Segmentation", again->list.catalog.sections[1].heading);
  EXPECT_EQ("Open-Vocabulary Semantic SegmentationS",
            again->list.catalog.sections[1].heading_listed.value_or(""));
}

TEST(Update, RefusesWhatIsNotAListOrTooSmall) {
  EXPECT_EQ(
      "page: not a list in the Awesome-MLLM-Segmentation format: no numbered entry under a heading that "
      "names a "
      "task",
      plan_update("<html><body>404</body></html>", "page", test::real_catalog(), false).error());
  const std::string small = test::read_text_file(test::source_path("tests/fixtures/lists/small.md"));
  EXPECT_EQ(
      "small.md: the list has 2 papers, the catalog in use 74; refusing to replace it (--force if the list "
      "really "
      "shrank)",
      plan_update(small, "small.md", test::real_catalog(), false).error());
  EXPECT_TRUE(plan_update(small, "small.md", test::real_catalog(), true));
}

// The March 2025 list, given when the catalog follows a later one, would take
// the papers listed since and add none: update says the list looks older, and
// stops. (A list that drops a paper and adds others is a newer one.)
TEST(Update, RefusesAnOlderListThatWouldDropPapers) {
  EXPECT_EQ(
      "seed.md: the list lacks 35 of the catalog's papers (Seg-Zero, POPEN, MMSA, 32 more) and has none the "
      "catalog lacks: it looks older than the catalog (updated 2026-01-21); refusing to drop them (--force "
      "to "
      "update anyway)",
      plan_update(seed_list(), "seed.md", test::real_catalog(), false, "2026-12-02").error());
  EXPECT_TRUE(plan_update(seed_list(), "seed.md", test::real_catalog(), true, "2026-12-02"));
}

// An entry that cannot be read would be lost from the catalog: update stops.
TEST(Update, RefusesAListPartOfWhichCannotBeImported) {
  std::string broken = current_list();
  const std::string entry = "| **CVPR'24** | LISA: Reasoning Segmentation via Large Language Model |";
  broken.replace(broken.find(entry), entry.size(), "|");
  EXPECT_EQ(
      "broken.md: part of the list cannot be imported (line 22: see mllmseg lint); refusing to update "
      "without it "
      "(--force to update anyway)",
      plan_update(broken, "broken.md", test::real_catalog(), false).error());
  EXPECT_TRUE(plan_update(broken, "broken.md", test::real_catalog(), true));
}

TEST(Update, StoreKeepsABackupAndWritesOnlyWhatChanged) {
  const TempDir dir;
  const std::string path = dir.path() + "/data/mllmseg/catalog.json";
  auto first = store(path, "{\"papers\": []}\n");
  ASSERT_TRUE(first) << first.error();
  EXPECT_EQ(Stored::created, *first);
  EXPECT_FALSE(exists(backup_path(path)));
  EXPECT_EQ(Stored::unchanged, store(path, "{\"papers\": []}\n").value());
  EXPECT_FALSE(exists(backup_path(path)));
  EXPECT_EQ(Stored::replaced, store(path, "{\"papers\": [1]}\n").value());
  EXPECT_EQ("{\"papers\": []}\n", test::read_text_file(backup_path(path)));
  EXPECT_EQ("{\"papers\": [1]}\n", test::read_text_file(path));
}

TEST(Update, AStoreThatCannotWriteLeavesNothingBehind) {
  const TempDir dir;
  std::ofstream(dir.path() + "/file") << "not a directory";
  const std::string path = dir.path() + "/file/mllmseg/catalog.json";
  EXPECT_EQ("cannot create '" + dir.path() + "/file/mllmseg': Not a directory", store(path, "{}").error());
  EXPECT_EQ("not a directory", test::read_text_file(dir.path() + "/file"));
}

}  // namespace
}  // namespace mllmseg::update
