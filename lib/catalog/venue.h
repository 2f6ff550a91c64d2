#pragma once
// Venues as the list writes them ("CVPR'24", "ArXiv'2403") and as people type
// them ("NeurIPS 2024", "neurips24", "ICLR2025", "arxiv").

#include <optional>
#include <string>
#include <string_view>

namespace mllmseg {

struct VenueParts {
  std::string series;  // as written: "NeurIPS", "ArXiv"
  std::optional<int> year;
  std::optional<int> month;  // only for arXiv's YYMM form
};

// Splits a venue into series, year and month. Accepts a series alone, or a
// series followed by an optional separator (' ’ space - _) and a two-digit
// year, a four-digit year, or (for arXiv) a YYMM month. Returns nullopt when
// the text is not of that shape.
std::optional<VenueParts> parse_venue(std::string_view venue);

bool is_arxiv_series(std::string_view series);

// The display form the catalog uses: "NeurIPS'24", "ArXiv'2403".
std::string format_venue(std::string_view series, int year, std::optional<int> month);

}  // namespace mllmseg

namespace mllmseg {

enum class VenueKind { conference, journal, preprint };

struct VenueInfo {
  VenueKind kind;
  std::string_view full_name;  // "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"
};

// What a venue series is; unknown series are taken as conferences named as
// written.
VenueInfo venue_info(std::string_view series);

}  // namespace mllmseg
