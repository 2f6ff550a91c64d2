#include "catalog/venue.h"

#include <fmt/format.h>

#include "util/text.h"

namespace mllmseg {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_letter(std::string_view s) {
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
  }
  return false;
}

// Removes one separator between series and year; reports whether it was an
// apostrophe, which marks arXiv's YYMM form.
bool strip_separator(std::string_view& s) {
  constexpr std::string_view k_right_quote = "\xE2\x80\x99";  // ’
  if (s.ends_with(k_right_quote)) {
    s.remove_suffix(k_right_quote.size());
    return true;
  }
  if (!s.empty() && s.back() == '\'') {
    s.remove_suffix(1);
    return true;
  }
  if (!s.empty() && (s.back() == ' ' || s.back() == '-' || s.back() == '_')) {
    s.remove_suffix(1);
  }
  return false;
}

}  // namespace

bool is_arxiv_series(std::string_view series) { return text::iequals(series, "arxiv"); }

std::optional<VenueParts> parse_venue(std::string_view venue) {
  std::string_view s = text::trim(venue);
  std::size_t digits = 0;
  while (digits < s.size() && is_digit(s[s.size() - 1 - digits])) {
    ++digits;
  }
  if (digits > 4) {
    return std::nullopt;
  }
  std::string_view number = s.substr(s.size() - digits);
  s.remove_suffix(digits);
  const bool apostrophe = digits > 0 && strip_separator(s);
  s = text::trim(s);
  if (s.empty() || !has_letter(s)) {
    return std::nullopt;
  }
  VenueParts parts{std::string(s), std::nullopt, std::nullopt};
  if (digits == 0) {
    return parts;
  }
  const int value = std::stoi(std::string(number));
  if (digits == 2) {
    parts.year = 2000 + value;
  } else if (digits == 4) {
    const bool looks_like_year = value >= 1990 && value <= 2099;
    if (is_arxiv_series(parts.series) && (apostrophe || !looks_like_year)) {
      const int month = value % 100;
      if (month < 1 || month > 12) {
        return std::nullopt;
      }
      parts.year = 2000 + value / 100;
      parts.month = month;
    } else {
      parts.year = value;
    }
  } else {
    return std::nullopt;
  }
  return parts;
}

std::string format_venue(std::string_view series, int year, std::optional<int> month) {
  if (month) {
    return fmt::format("{}'{:02}{:02}", series, year % 100, *month);
  }
  return fmt::format("{}'{:02}", series, year % 100);
}

}  // namespace mllmseg

namespace mllmseg {

namespace {

struct Known {
  std::string_view series;
  VenueInfo info;
};

// Conference months are those of recent meetings (CVPR in June, NeurIPS in
// December); a journal or arXiv has none.
constexpr Known k_known[] = {
    {"CVPR",
     {VenueKind::conference, "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 6}},
    {"ICCV", {VenueKind::conference, "IEEE/CVF International Conference on Computer Vision (ICCV)", 10}},
    {"ECCV", {VenueKind::conference, "European Conference on Computer Vision (ECCV)", 10}},
    {"WACV",
     {VenueKind::conference, "IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)", 1}},
    {"NeurIPS", {VenueKind::conference, "Advances in Neural Information Processing Systems (NeurIPS)", 12}},
    {"ICLR", {VenueKind::conference, "International Conference on Learning Representations (ICLR)", 5}},
    {"ICML", {VenueKind::conference, "International Conference on Machine Learning (ICML)", 7}},
    {"AAAI", {VenueKind::conference, "AAAI Conference on Artificial Intelligence (AAAI)", 2}},
    {"IJCAI",
     {VenueKind::conference, "International Joint Conference on Artificial Intelligence (IJCAI)", 8}},
    {"ACL",
     {VenueKind::conference, "Annual Meeting of the Association for Computational Linguistics (ACL)", 7}},
    {"EMNLP",
     {VenueKind::conference, "Conference on Empirical Methods in Natural Language Processing (EMNLP)", 11}},
    {"NAACL",
     {VenueKind::conference,
      "Conference of the North American Chapter of the Association for Computational Linguistics (NAACL)",
      6}},
    {"BMVC", {VenueKind::conference, "British Machine Vision Conference (BMVC)", 11}},
    {"MM", {VenueKind::conference, "ACM International Conference on Multimedia (MM)", 10}},
    {"TIP", {VenueKind::journal, "IEEE Transactions on Image Processing", 0}},
    {"TCSVT", {VenueKind::journal, "IEEE Transactions on Circuits and Systems for Video Technology", 0}},
    {"TMM", {VenueKind::journal, "IEEE Transactions on Multimedia", 0}},
    {"IJCV", {VenueKind::journal, "International Journal of Computer Vision", 0}},
    {"TPAMI", {VenueKind::journal, "IEEE Transactions on Pattern Analysis and Machine Intelligence", 0}},
    {"ArXiv", {VenueKind::preprint, "arXiv", 0}},
};

// Names the field still uses for a series, with the series they mean.
constexpr std::pair<std::string_view, std::string_view> k_aliases[] = {
    {"NIPS", "NeurIPS"}, {"PAMI", "TPAMI"}, {"T-PAMI", "TPAMI"},
    {"ACM MM", "MM"},    {"ACMMM", "MM"},   {"ACM-MM", "MM"},
};

}  // namespace

VenueInfo venue_info(std::string_view series) {
  if (const auto known = known_series(series)) {
    for (const auto& k : k_known) {
      if (k.series == *known) {
        return k.info;
      }
    }
  }
  return {VenueKind::conference, series, 0};
}

std::optional<std::string_view> known_series(std::string_view name) {
  for (const auto& known : k_known) {
    if (text::iequals(known.series, name)) {
      return known.series;
    }
  }
  for (const auto& [alias, series] : k_aliases) {
    if (text::iequals(alias, name)) {
      return series;
    }
  }
  return std::nullopt;
}

}  // namespace mllmseg
