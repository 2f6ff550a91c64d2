// mllmseg update without the network: the plan made from a list (import,
// lint, curated data carried over, diff, validation) and the store that
// never leaves a half-written or lost catalog.
#include <gtest/gtest.h>

#include <sys/stat.h>

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

TEST(Update, TheSeedListWithTheCuratedCatalogGivesTheCuratedCatalogBack) {
  auto plan = plan_update(seed_list(), "README.md", test::real_catalog(), false);
  ASSERT_TRUE(plan) << plan.error();
  EXPECT_EQ(test::read_text_file(test::source_path("catalog/papers.json")), plan->json);
  EXPECT_TRUE(plan->diff.empty());
  EXPECT_EQ(39u, plan->carried.matched);
  EXPECT_EQ(38u, plan->carried.with_authors);
  EXPECT_EQ(5u, plan->carried.fixes_kept);
  EXPECT_TRUE(plan->carried.notes.empty());
  EXPECT_EQ(9u, plan->findings.size());
}

TEST(Update, ANewerListKeepsCuratedDataAndSaysWhatChanged) {
  const std::string newer = test::read_text_file(test::source_path("tests/fixtures/lists/newer.md"));
  auto plan = plan_update(newer, "newer.md", test::real_catalog(), false);
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
  EXPECT_EQ(
      std::vector<std::string>{"dropped the curated fix of code in entry 2006 of himtok: the list itself now "
                               "says \"https://github.com/yayafengzi/LMM-HiMTok\""},
      plan->carried.notes);
  EXPECT_EQ(4u, plan->carried.fixes_kept);
  const Catalog& next = plan->list.catalog;
  EXPECT_EQ(test::real_catalog().source, next.source);
  EXPECT_EQ(test::real_catalog().provenance, next.provenance);
  const auto lisa =
      std::find_if(next.papers.begin(), next.papers.end(), [](const Paper& p) { return p.key == "lisa"; });
  ASSERT_NE(next.papers.end(), lisa);
  EXPECT_EQ(test::real_catalog().papers[0].authors, lisa->authors);
  EXPECT_EQ("2023-08-01", lisa->submitted.value_or("none"));
  const auto llmformer = std::find_if(next.papers.begin(), next.papers.end(),
                                      [](const Paper& p) { return p.key == "llmformer"; });
  ASSERT_NE(next.papers.end(), llmformer);
  EXPECT_EQ(1u, llmformer->fixes.size());
  EXPECT_EQ("2024-08-16", llmformer->published.value_or("none"));
}

TEST(Update, RefusesWhatIsNotAListOrTooSmall) {
  EXPECT_EQ(
      "page: not a list in the Awesome-MLLM-Segmentation format: no numbered entry under a heading that "
      "names a "
      "task",
      plan_update("<html><body>404</body></html>", "page", test::real_catalog(), false).error());
  const std::string small = test::read_text_file(test::source_path("tests/fixtures/lists/small.md"));
  EXPECT_EQ(
      "small.md: the list has 2 papers, the catalog in use 39; refusing to replace it (--force if the list "
      "really "
      "shrank)",
      plan_update(small, "small.md", test::real_catalog(), false).error());
  EXPECT_TRUE(plan_update(small, "small.md", test::real_catalog(), true));
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
