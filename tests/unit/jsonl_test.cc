#include <gtest/gtest.h>

#include "format/export.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

TEST(Jsonl, OneCompactPaperRecordALine) {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "A", "CVPR'24", 2024, test::k_res, std::nullopt, "Line\nbreak"));
  papers.push_back(test::make_paper("b", "B", "ArXiv'2501", 2025, test::k_video, "https://c/b"));
  papers.back().month = 1;
  papers.back().authors = {"Xin Lai"};
  const auto store = test::store_of(std::move(papers));
  EXPECT_EQ(
      R"({"key":"a","name":"A","title":"Line\nbreak","venue":"CVPR'24","year":2024,"tasks":["res"],)"
      R"("arxiv":null,"pdf":"https://example.org/a.pdf","code":null})"
      "\n"
      R"({"key":"b","name":"B","title":"B: A Paper","authors":["Xin Lai"],"venue":"ArXiv'2501","year":2025,)"
      R"("month":1,"tasks":["video"],"arxiv":null,"pdf":"https://example.org/b.pdf","code":"https://c/b"})"
      "\n",
      render_jsonl(*store, store->all()));
}

TEST(Jsonl, NoPapersGiveNothing) {
  const auto store = test::store_of({});
  EXPECT_EQ("", render_jsonl(*store, {}));
}

TEST(Jsonl, RealCatalogHasOneLineAPaper) {
  const Store& store = test::real_store();
  const std::string jsonl = render_jsonl(store, store.all());
  std::size_t lines = 0;
  for (char c : jsonl) {
    lines += c == '\n' ? 1u : 0u;
  }
  EXPECT_EQ(store.size(), lines);
  EXPECT_EQ(0u, jsonl.find("{\"key\":\"lisa\","));
}

}  // namespace
}  // namespace mllmseg::format
