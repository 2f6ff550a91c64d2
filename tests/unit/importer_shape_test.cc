// Entries of unusual shape are papers all the same: one whose text runs on
// to the next line, one without links.
#include <gtest/gtest.h>

#include "format/export.h"
#include "format/json.h"
#include "importer/import.h"
#include "test_support.h"

namespace mllmseg::importer {
namespace {

std::string shape_diagnostics(const Import& imported) {
  std::string out;
  for (const Diagnostic& d : imported.diagnostics) {
    out += std::to_string(d.line) + " " + d.rule + " [" + d.key + "] " + d.message + "\n";
  }
  return out;
}

// What a person reads as one paper is one paper: an item whose cells run on
// to the next line, and an item with no link, which two sections share by
// its title.
TEST(ImportList, NoEntryIsLostForItsShape) {
  const Import imported = import_list(
      "# L\n\n## Referring Segmentation\n\n"
      "1. <span id = \"1001\">**[Long]**</span> | **CVPR'25** | A Title That Runs\n"
      "   On to a Second Line | [`[pdf]`](https://arxiv.org/abs/2501.00001)\n"
      "2. <span id = \"1002\">**[Bare]**</span> | **ICCV'25** | A Paper Without Links\n"
      "\n## Video Segmentation\n\n"
      "1. <span id = \"3001\">**[Bare]**</span> | **ICCV'25** | A Paper Without Links\n"
      "\n## Feedback\n\nWrite to us.\n");
  EXPECT_EQ(
      "5 continued-entry [long] the entry runs on to line 6; read as one entry\n"
      "7 missing-link [bare] Bare has no link at all; the catalog has none\n"
      "11 missing-link [bare] Bare has no link at all; the catalog has none\n",
      shape_diagnostics(imported));
  ASSERT_EQ(2u, imported.catalog.papers.size());
  const Paper& long_one = imported.catalog.papers[0];
  EXPECT_EQ("A Title That Runs On to a Second Line", long_one.title);
  EXPECT_EQ("2501.00001", long_one.arxiv.value_or(""));
  const Paper& bare = imported.catalog.papers[1];
  EXPECT_EQ("A Paper Without Links", bare.title);
  EXPECT_EQ("", bare.pdf);
  EXPECT_EQ(task_bit(Task::res) | task_bit(Task::video), bare.tasks);
  EXPECT_EQ("\n## Feedback\n\nWrite to us.\n", imported.catalog.epilogue);
  EXPECT_FALSE(imported.dropped());
  EXPECT_TRUE(imported.incomplete());
  // It loads as a catalog, its pdf null, and exports back as the list wrote it.
  auto json = format::validated_json(imported.catalog);
  ASSERT_TRUE(json) << json.error();
  EXPECT_NE(std::string::npos, json->find("\"pdf\": null"));
  const Store store{Catalog(imported.catalog)};
  const std::string markdown = format::render_markdown(store, store.all());
  EXPECT_NE(
      std::string::npos,
      markdown.find("2. <span id = \"1002\">**[Bare]**</span> | **ICCV'25** | A Paper Without Links\n"));
}

}  // namespace
}  // namespace mllmseg::importer
