#include "enrich/arxiv.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace mllmseg::enrich {
namespace {

std::string response(const std::string& name) {
  return test::read_text_file(test::source_path("tests/enrich/responses/" + name));
}

TEST(QueryUrl, BatchesIdsInOneRequest) {
  EXPECT_EQ("https://export.arxiv.org/api/query?id_list=2308.00692,2411.17606&max_results=2",
            query_url(k_arxiv_api, {"2308.00692", "2411.17606"}));
}

TEST(ParseFeed, ReadsEveryEntry) {
  const auto records = parse_feed(response("batch.xml"));
  ASSERT_TRUE(records.ok()) << records.error();
  ASSERT_EQ(3u, records->size());
  const ArxivRecord& lisa = (*records)[0];
  EXPECT_EQ("2308.00692", lisa.id);
  EXPECT_EQ("LISA: Reasoning Segmentation via Large Language Model", lisa.title);
  EXPECT_EQ((std::vector<std::string>{"Xin Lai", "Zhuotao Tian", "Jiaya Jia"}), lisa.authors);
  EXPECT_EQ("2023-08-01", lisa.submitted.value_or(""));
  EXPECT_EQ("A test abstract, wrapped over lines as the API wraps them, with runs of spaces.",
            lisa.abstract.value_or(""));
  EXPECT_EQ("10.1109/CVPR52733.2024.00915", lisa.doi.value_or(""));
  const ArxivRecord& glamm = (*records)[1];
  EXPECT_EQ("2311.03356", glamm.id);
  EXPECT_EQ(10u, glamm.authors.size());
  EXPECT_EQ("2023-11-06", glamm.submitted.value_or(""));
  EXPECT_FALSE(glamm.doi);
  const ArxivRecord& hyperseg = (*records)[2];
  EXPECT_EQ("2411.17606", hyperseg.id);
  EXPECT_EQ((std::vector<std::string>{"Cong Wei",
                                      "\xC3\x81"
                                      "d\xC3\xA1m M\xC3\xBCller"}),
            hyperseg.authors);
  EXPECT_FALSE(hyperseg.doi);
}

TEST(ParseFeed, LeavesOutErrorEntries) {
  const auto records = parse_feed(response("unknown.xml"));
  ASSERT_TRUE(records.ok()) << records.error();
  ASSERT_EQ(1u, records->size());
  EXPECT_EQ("2308.00692", (*records)[0].id);
}

TEST(ParseFeed, APublishedTimeThatIsNoDateGivesNoSubmissionDate) {
  const auto records = parse_feed(
      "<feed><entry><id>http://arxiv.org/abs/2308.00692v1</id><published>2023-02-30T00:00:00Z</published>"
      "<summary>An abstract.</summary></entry></feed>");
  ASSERT_TRUE(records.ok()) << records.error();
  ASSERT_EQ(1u, records->size());
  EXPECT_FALSE((*records)[0].submitted);
  EXPECT_EQ("An abstract.", (*records)[0].abstract.value_or(""));
}

TEST(ParseFeed, MalformedXmlIsAnError) {
  EXPECT_EQ("malformed XML from the arXiv API at byte 154: Start-end tags mismatch",
            parse_feed(response("malformed.xml")).error());
}

TEST(ParseFeed, AnotherDocumentIsNotAFeed) {
  EXPECT_EQ("the arXiv API's answer is not an Atom feed", parse_feed("<html><body/></html>").error());
}

}  // namespace
}  // namespace mllmseg::enrich
