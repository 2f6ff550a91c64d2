#include "query/stats.h"

#include <gtest/gtest.h>

#include "format/chart.h"
#include "format/stats.h"
#include "test_support.h"

namespace mllmseg {
namespace {

std::unique_ptr<Store> three_papers() {
  std::vector<Paper> papers;
  papers.push_back(test::make_paper("a", "LISA", "CVPR'24", 2024, test::k_res, "https://c/a"));
  papers.push_back(test::make_paper("b", "VideoLISA", "NeurIPS'24", 2024, test::k_video));
  papers.push_back(
      test::make_paper("c", "X", "ArXiv'2501", 2025, test::k_res | test::k_video, "https://c/c"));
  return test::store_of(std::move(papers));
}

std::string counts(const std::vector<Count>& cs) {
  std::string out;
  for (const Count& c : cs) {
    out += c.label + "=" + std::to_string(c.papers) + " ";
  }
  return out;
}

std::string blocks(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += "\xE2\x96\x88";
  }
  return out;
}

format::Style style(std::size_t width, bool color, bool utf8) {
  format::Style s;
  s.width = width;
  s.color = color;
  s.utf8 = utf8;
  return s;
}

TEST(CountPapers, ByYearVenueTaskAndCode) {
  const auto store = three_papers();
  const Stats s = count_papers(*store, store->all());
  EXPECT_EQ(3u, s.papers);
  EXPECT_EQ("2024=2 2025=1 ", counts(s.by_year));
  EXPECT_EQ("CVPR=1 NeurIPS=1 ArXiv=1 ", counts(s.by_venue));
  EXPECT_EQ("res=2 ovss=0 video=2 ", counts(s.by_task));
  EXPECT_EQ("with code=2 without code=1 ", counts(s.by_code));
}

TEST(CountPapers, VenuesWithMostPapersFirstAndOnlyTheGivenIds) {
  const auto store = three_papers();
  const Stats s = count_papers(*store, std::vector<DocId>{1, 2});
  EXPECT_EQ(2u, s.papers);
  EXPECT_EQ("NeurIPS=1 ArXiv=1 ", counts(s.by_venue));
  EXPECT_EQ("2024=1 2025=1 ", counts(s.by_year));
  EXPECT_EQ("res=1 ovss=0 video=2 ", counts(s.by_task));
  EXPECT_EQ("with code=1 without code=1 ", counts(s.by_code));
  const auto& seed = test::seed_store();
  EXPECT_EQ("ArXiv=19 CVPR=6 ECCV=4 NeurIPS=4 ICLR=3 ICML=1 WACV=1 IJCV=1 ",
            counts(count_papers(seed, seed.all()).by_venue));
  // Counted off the current list's venues.
  const auto& real = test::real_store();
  EXPECT_EQ("ArXiv=38 CVPR=14 NeurIPS=8 ECCV=4 ICLR=4 ICCV=2 ICML=1 WACV=1 ACL=1 IJCV=1 ",
            counts(count_papers(real, real.all()).by_venue));
}

TEST(CountPapers, NoPapers) {
  const auto store = three_papers();
  const Stats s = count_papers(*store, {});
  EXPECT_EQ(0u, s.papers);
  EXPECT_EQ("", counts(s.by_year));
  EXPECT_EQ("", counts(s.by_venue));
  EXPECT_EQ("res=0 ovss=0 video=0 ", counts(s.by_task));
  EXPECT_EQ("with code=0 without code=0 ", counts(s.by_code));
}

TEST(Bar, EighthsOfAColumn) {
  EXPECT_EQ(blocks(5), format::bar(1, 2, 10, true));
  EXPECT_EQ(blocks(3) + "\xE2\x96\x8D", format::bar(1, 3, 10, true));  // 27 eighths
  EXPECT_EQ(blocks(10), format::bar(3, 3, 10, true));
  EXPECT_EQ("\xE2\x96\x8F", format::bar(1, 100, 10, true));  // one eighth
}

TEST(Bar, AnyValueAboveZeroShowsAndZeroIsEmpty) {
  EXPECT_EQ("\xE2\x96\x8F", format::bar(1, 1000, 10, true));
  EXPECT_EQ("#", format::bar(1, 1000, 10, false));
  EXPECT_EQ("", format::bar(0, 10, 10, true));
  EXPECT_EQ("", format::bar(0, 0, 10, false));
}

TEST(Bar, AsciiRoundsToWholeColumns) {
  EXPECT_EQ("###", format::bar(1, 3, 10, false));
  EXPECT_EQ("#######", format::bar(2, 3, 10, false));
  EXPECT_EQ("##########", format::bar(3, 3, 10, false));
}

TEST(BarChart, ColourPaintsTitleAndBars) {
  const format::Bar bars[] = {{"a", 1}};
  EXPECT_EQ("\x1b[1mT\x1b[0m\n  a  \x1b[36m" + blocks(23) + "\x1b[0m 1\n",
            format::bar_chart("T", bars, {}, style(30, true, true)));
}

TEST(BarChart, BarsFitTheWidthWithinLimits) {
  const format::Bar bars[] = {{"label", 4}, {"b", 2}};
  // 80 columns: 2 + 5 + 2 label, 1 + 1 value, so 69 left, at most 50.
  EXPECT_EQ("T\n  label  " + blocks(50) + " 4\n  b      " + blocks(25) + " 2\n",
            format::bar_chart("T", bars, {}, style(80, false, true)));
  // 30 columns: 19 left.
  EXPECT_EQ("T\n  label  " + std::string(19, '#') + " 4\n  b      " + std::string(10, '#') + " 2\n",
            format::bar_chart("T", bars, {}, style(30, false, false)));
  // 12 columns: too few; bars keep 10 and the line runs over.
  EXPECT_EQ("T\n  label  " + std::string(10, '#') + " 4\n  b      " + std::string(5, '#') + " 2\n",
            format::bar_chart("T", bars, {}, style(12, false, false)));
}

TEST(BarChart, LayoutAlignsLabelsAndAddsPercentages) {
  const format::Bar bars[] = {{"a", 1}, {"b", 0}};
  // Labels padded to 4; " 1 (33%)" takes 9: 23 columns of bar.
  EXPECT_EQ("T\n  a     " + std::string(23, '#') + " 1 (33%)\n  b     0 (0%)\n",
            format::bar_chart("T", bars, {4, 3}, style(40, false, false)));
  const format::Bar tiny[] = {{"a", 1}};
  EXPECT_EQ("T\n  a  " + blocks(10) + " 1 (<1%)\n",
            format::bar_chart("T", tiny, {0, 1000}, style(10, false, true)));
}

TEST(StatsCharts, EveryChartAtFortyColumns) {
  const auto store = three_papers();
  // Labels take 12 columns ("without code"); "2 (67%)" follows the bar; 15 columns of bar.
  const std::string half = blocks(7) + "\xE2\x96\x8C";
  EXPECT_EQ(
      "3 papers\n"
      "\n"
      "By year\n"
      "  2024          " +
          blocks(15) +
          " 2 (67%)\n"
          "  2025          " +
          half +
          " 1 (33%)\n"
          "\n"
          "By venue\n"
          "  CVPR          " +
          blocks(15) +
          " 1 (33%)\n"
          "  NeurIPS       " +
          blocks(15) +
          " 1 (33%)\n"
          "  ArXiv         " +
          blocks(15) +
          " 1 (33%)\n"
          "\n"
          "By task\n"
          "  res           " +
          blocks(15) +
          " 2 (67%)\n"
          "  ovss          0 (0%)\n"
          "  video         " +
          blocks(15) +
          " 2 (67%)\n"
          "\n"
          "Code\n"
          "  with code     " +
          blocks(15) +
          " 2 (67%)\n"
          "  without code  " +
          half + " 1 (33%)\n",
      format::stats_charts(count_papers(*store, store->all()), style(40, false, true)));
}

TEST(StatsCharts, AsciiAndOnePaper) {
  const auto store = three_papers();
  EXPECT_EQ(
      "1 paper\n"
      "\n"
      "By year\n"
      "  2025          ############### 1 (100%)\n"
      "\n"
      "By venue\n"
      "  ArXiv         ############### 1 (100%)\n"
      "\n"
      "By task\n"
      "  res           ############### 1 (100%)\n"
      "  ovss          0 (0%)\n"
      "  video         ############### 1 (100%)\n"
      "\n"
      "Code\n"
      "  with code     ############### 1 (100%)\n"
      "  without code  0 (0%)\n",
      format::stats_charts(count_papers(*store, std::vector<DocId>{2}), style(40, false, false)));
}

TEST(StatsCharts, AuthorsOnlyWhenOneHasTwoPapers) {
  Stats s;
  s.papers = 2;
  s.by_author = {{"Xin Lai", 1}, {"Jiaya Jia", 1}};
  const std::string alone = format::stats_charts(s, style(40, false, false));
  EXPECT_EQ("2 papers\n", alone);
  s.by_author[1].papers = 2;
  EXPECT_EQ(
      "2 papers\n"
      "\n"
      "Most frequent authors\n"
      "  Xin Lai    ######### 1 (50%)\n"
      "  Jiaya Jia  ################## 2 (100%)\n",
      format::stats_charts(s, style(40, false, false)));
}

TEST(Stats, MostFrequentAuthorsFirstAtMostTen) {
  const Store& store = test::real_store();
  const Stats s = count_papers(store, store.all());
  ASSERT_EQ(k_top_authors, s.by_author.size());
  // Counted off the gathered author lists: Xiangtai Li is on 5 papers, Shuicheng
  // Yan on 4, and ten authors on 3, of whom the first eight seen in list order
  // fill the chart.
  EXPECT_EQ("Xiangtai Li", s.by_author[0].label);
  EXPECT_EQ(5u, s.by_author[0].papers);
  EXPECT_EQ("Shuicheng Yan", s.by_author[1].label);
  EXPECT_EQ(4u, s.by_author[1].papers);
  EXPECT_EQ("Shunping Ji", s.by_author[9].label);
  EXPECT_EQ(3u, s.by_author[9].papers);
  EXPECT_EQ(1u, s.without_authors);  // lens-2
}

TEST(Stats, PapersJoiningTheListByMonthWithEmptyMonthsShown) {
  const Store& store = test::real_store();
  const Stats s = count_papers(store, store.all());
  ASSERT_EQ(13u, s.by_listed.size());  // 2025-01 to 2026-01
  EXPECT_EQ("2025-01", s.by_listed.front().label);
  EXPECT_EQ(34u, s.by_listed.front().papers);  // 32 on the first version, 2025-01-09, and 2 more
  EXPECT_EQ("2026-01", s.by_listed.back().label);
  EXPECT_EQ(1u, s.by_listed.back().papers);
  EXPECT_EQ(0u, s.without_listed);
  std::size_t total = 0;
  for (const Count& c : s.by_listed) {
    total += c.papers;
  }
  EXPECT_EQ(74u, total);

  std::vector<Paper> papers = {test::make_paper("a", "A", "CVPR'24", 2024, test::k_res),
                               test::make_paper("b", "B", "CVPR'24", 2024, test::k_res),
                               test::make_paper("c", "C", "CVPR'24", 2024, test::k_res)};
  papers[0].listed = "2025-11-30";
  papers[1].listed = "2026-02-01";
  const auto gaps = test::store_of(std::move(papers));
  const Stats g = count_papers(*gaps, gaps->all());
  EXPECT_EQ("2025-11=1 2025-12=0 2026-01=0 2026-02=1 ", counts(g.by_listed));
  EXPECT_EQ(1u, g.without_listed);
  EXPECT_EQ(3u, g.without_authors);
}

TEST(StatsJson, CompactAndIndented) {
  const auto store = three_papers();
  const Stats s = count_papers(*store, store->all());
  EXPECT_EQ(
      "{\"papers\":3,\"years\":[{\"year\":2024,\"papers\":2},{\"year\":2025,\"papers\":1}],"
      "\"venues\":[{\"venue\":\"CVPR\",\"papers\":1},{\"venue\":\"NeurIPS\",\"papers\":1},"
      "{\"venue\":\"ArXiv\",\"papers\":1}],\"tasks\":[{\"task\":\"res\",\"papers\":2},"
      "{\"task\":\"ovss\",\"papers\":0},{\"task\":\"video\",\"papers\":2}],\"code\":{\"with\":2,\"without\":"
      "1},\"authors\":[],\"without_authors\":3,\"listed\":[],\"without_listed\":3}",
      format::dump(format::stats_json(s), -1));
  const Stats none = count_papers(*store, {});
  EXPECT_EQ(
      "{\n"
      "  \"papers\": 0,\n"
      "  \"years\": [],\n"
      "  \"venues\": [],\n"
      "  \"tasks\": [\n"
      "    {\n"
      "      \"task\": \"res\",\n"
      "      \"papers\": 0\n"
      "    },\n"
      "    {\n"
      "      \"task\": \"ovss\",\n"
      "      \"papers\": 0\n"
      "    },\n"
      "    {\n"
      "      \"task\": \"video\",\n"
      "      \"papers\": 0\n"
      "    }\n"
      "  ],\n"
      "  \"code\": {\n"
      "    \"with\": 0,\n"
      "    \"without\": 0\n"
      "  },\n"
      "  \"authors\": [],\n"
      "  \"without_authors\": 0,\n"
      "  \"listed\": [],\n"
      "  \"without_listed\": 0\n"
      "}",
      format::dump(format::stats_json(none), 2));
}

}  // namespace
}  // namespace mllmseg
