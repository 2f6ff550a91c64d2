#include "catalog/venue.h"

#include <gtest/gtest.h>

namespace mllmseg {
namespace {

// "series|year|month" with '-' for an absent part, or "invalid".
std::string parts(std::string_view venue) {
  const auto p = parse_venue(venue);
  if (!p) {
    return "invalid";
  }
  return p->series + "|" + (p->year ? std::to_string(*p->year) : "-") + "|" +
         (p->month ? std::to_string(*p->month) : "-");
}

TEST(ParseVenue, ConferenceWithApostropheAndTwoDigitYear) {
  EXPECT_EQ("CVPR|2024|-", parts("CVPR'24"));
  EXPECT_EQ("NeurIPS|2024|-", parts("NeurIPS'24"));
  EXPECT_EQ("WACV|2025|-", parts("WACV'25"));
}

TEST(ParseVenue, ArxivYearAndMonth) {
  EXPECT_EQ("ArXiv|2024|3", parts("ArXiv'2403"));
  EXPECT_EQ("ArXiv|2025|12", parts("ArXiv'2512"));
  // Without an apostrophe, four digits that cannot be a year are YYMM too.
  EXPECT_EQ("ArXiv|2024|3", parts("ArXiv 2403"));
}

TEST(ParseVenue, FourDigitYearWithOrWithoutSeparator) {
  EXPECT_EQ("ICLR|2025|-", parts("ICLR2025"));
  EXPECT_EQ("NeurIPS|2024|-", parts("NeurIPS 2024"));
  EXPECT_EQ("CVPR|2024|-", parts("CVPR-2024"));
  EXPECT_EQ("CVPR|2024|-", parts("CVPR_2024"));
  EXPECT_EQ("arxiv|2024|-", parts("arxiv2024"));
}

TEST(ParseVenue, TwoDigitYearWithoutSeparator) {
  EXPECT_EQ("neurips|2024|-", parts("neurips24"));
  EXPECT_EQ("CVPR|2024|-", parts("CVPR 24"));
}

TEST(ParseVenue, SeriesAlone) {
  EXPECT_EQ("NeurIPS|-|-", parts("NeurIPS"));
  EXPECT_EQ("arxiv|-|-", parts("arxiv"));
  EXPECT_EQ("Some Workshop|-|-", parts("  Some Workshop "));
}

TEST(ParseVenue, TypographicApostrophe) {
  EXPECT_EQ("NeurIPS|2024|-", parts("NeurIPS\xE2\x80\x99"
                                    "24"));
  EXPECT_EQ("ArXiv|2024|3", parts("ArXiv\xE2\x80\x99"
                                  "2403"));
}

TEST(ParseVenue, TrimsSurroundingSpace) { EXPECT_EQ("CVPR|2024|-", parts("  CVPR'24\t")); }

TEST(ParseVenue, RejectsTextOfAnotherShape) {
  EXPECT_EQ("invalid", parts("2024"));
  EXPECT_EQ("invalid", parts(""));
  EXPECT_EQ("invalid", parts("   "));
  EXPECT_EQ("invalid", parts("'24"));
  EXPECT_EQ("invalid", parts("CVPR'2"));
  EXPECT_EQ("invalid", parts("CVPR'202"));
  EXPECT_EQ("invalid", parts("CVPR'20245"));
}

TEST(ParseVenue, RejectsArxivMonthOutOfRange) {
  EXPECT_EQ("invalid", parts("ArXiv'2413"));
  EXPECT_EQ("invalid", parts("ArXiv'2400"));
  // With an apostrophe four arXiv digits are always YYMM.
  EXPECT_EQ("invalid", parts("ArXiv'2024"));
}

TEST(ParseVenue, RejectsTooManyDigitsWithoutThrowing) {
  std::string result;
  EXPECT_NO_THROW(result = parts("CVPR'12345678901"));
  EXPECT_EQ("invalid", result);
}

TEST(IsArxivSeries, IgnoresCase) {
  EXPECT_TRUE(is_arxiv_series("ArXiv"));
  EXPECT_TRUE(is_arxiv_series("ARXIV"));
  EXPECT_FALSE(is_arxiv_series("arxi"));
  EXPECT_FALSE(is_arxiv_series("arxiv'24"));
}

TEST(FormatVenue, WritesTheCatalogForm) {
  EXPECT_EQ("NeurIPS'24", format_venue("NeurIPS", 2024, std::nullopt));
  EXPECT_EQ("CVPR'05", format_venue("CVPR", 2005, std::nullopt));
  EXPECT_EQ("ArXiv'2403", format_venue("ArXiv", 2024, 3));
  EXPECT_EQ("ArXiv'2512", format_venue("ArXiv", 2025, 12));
}

TEST(FormatVenue, RoundTripsThroughParseVenue) {
  for (const char* venue : {"CVPR'24", "ArXiv'2403", "ICLR'25", "IJCV'24"}) {
    const auto p = parse_venue(venue);
    ASSERT_TRUE(p.has_value()) << venue;
    EXPECT_EQ(venue, format_venue(p->series, *p->year, p->month));
  }
}

TEST(VenueInfo, KnowsConferences) {
  const VenueInfo cvpr = venue_info("CVPR");
  EXPECT_EQ(VenueKind::conference, cvpr.kind);
  EXPECT_EQ("IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", cvpr.full_name);
  const VenueInfo neurips = venue_info("neurips");
  EXPECT_EQ(VenueKind::conference, neurips.kind);
  EXPECT_EQ("Advances in Neural Information Processing Systems (NeurIPS)", neurips.full_name);
}

TEST(VenueInfo, KnowsJournals) {
  const VenueInfo ijcv = venue_info("IJCV");
  EXPECT_EQ(VenueKind::journal, ijcv.kind);
  EXPECT_EQ("International Journal of Computer Vision", ijcv.full_name);
  const VenueInfo tpami = venue_info("tpami");
  EXPECT_EQ(VenueKind::journal, tpami.kind);
  EXPECT_EQ("IEEE Transactions on Pattern Analysis and Machine Intelligence", tpami.full_name);
}

TEST(VenueInfo, ArxivIsAPreprint) {
  const VenueInfo arxiv = venue_info("ArXiv");
  EXPECT_EQ(VenueKind::preprint, arxiv.kind);
  EXPECT_EQ("arXiv", arxiv.full_name);
  EXPECT_EQ(VenueKind::preprint, venue_info("ARXIV").kind);
}

TEST(VenueInfo, UnknownSeriesIsAConferenceNamedAsWritten) {
  const VenueInfo other = venue_info("Nature");
  EXPECT_EQ(VenueKind::conference, other.kind);
  EXPECT_EQ("Nature", other.full_name);
}

TEST(KnownSeries, TheUsualSpellingOfAVenueOfTheField) {
  EXPECT_EQ("ICCV", known_series("iccv").value_or("-"));
  EXPECT_EQ("NeurIPS", known_series("neurips").value_or("-"));
  EXPECT_EQ("ArXiv", known_series("arXiv").value_or("-"));
}

TEST(KnownSeries, OldNamesGiveTheSeriesTheyMean) {
  EXPECT_EQ("NeurIPS", known_series("NIPS").value_or("-"));
  EXPECT_EQ("TPAMI", known_series("pami").value_or("-"));
  EXPECT_EQ("MM", known_series("ACM MM").value_or("-"));
  EXPECT_EQ("Advances in Neural Information Processing Systems (NeurIPS)", venue_info("nips").full_name);
}

TEST(KnownSeries, NoneForASeriesTheFieldDoesNotKnow) {
  EXPECT_FALSE(known_series("CPVR"));
  EXPECT_FALSE(known_series(""));
  EXPECT_FALSE(known_series("Nature"));
}

TEST(VenueInfo, TheMonthAConferenceUsuallyMeetsIn) {
  EXPECT_EQ(6, venue_info("CVPR").month);
  EXPECT_EQ(12, venue_info("NeurIPS").month);
  EXPECT_EQ(12, venue_info("NIPS").month);
  EXPECT_EQ(0, venue_info("TPAMI").month);
  EXPECT_EQ(0, venue_info("ArXiv").month);
  EXPECT_EQ(0, venue_info("Nature").month);
}

}  // namespace
}  // namespace mllmseg
