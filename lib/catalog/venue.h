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
  int month = 0;               // the month a conference usually meets in; 0 when not known
};

// What a venue series is; unknown series are taken as conferences named as
// written.
VenueInfo venue_info(std::string_view series);

// The series of the field a name stands for, in its usual spelling: "iccv"
// gives "ICCV", and the old names "NIPS", "PAMI" and "ACM MM" give "NeurIPS",
// "TPAMI" and "MM". nullopt for a series the field does not know.
std::optional<std::string_view> known_series(std::string_view name);

}  // namespace mllmseg
