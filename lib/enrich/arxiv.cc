#include "enrich/arxiv.h"

#include <fmt/format.h>

#include <pugixml.hpp>

#include "util/date.h"
#include "util/text.h"

namespace mllmseg::enrich {

namespace {

// Runs of white space (Atom titles and summaries are wrapped) become one space.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : text::trim(s)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += c;
  }
  return out;
}

// "http://arxiv.org/abs/2308.00692v3" -> "2308.00692".
std::string id_from_url(std::string_view url) {
  const auto abs = url.find("/abs/");
  std::string_view id = abs == std::string_view::npos ? url : url.substr(abs + 5);
  const auto version = id.rfind('v');
  if (version != std::string_view::npos && version + 1 < id.size() &&
      id.substr(version + 1).find_first_not_of("0123456789") == std::string_view::npos) {
    id = id.substr(0, version);
  }
  return std::string(id);
}

}  // namespace

std::string query_url(std::string_view api, const std::vector<std::string>& ids) {
  return fmt::format("{}?id_list={}&max_results={}", api, text::join(ids, ","), ids.size());
}

Result<std::vector<ArxivRecord>> parse_feed(std::string_view xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    return Error{
        fmt::format("malformed XML from the arXiv API at byte {}: {}", parsed.offset, parsed.description())};
  }
  const pugi::xml_node feed = doc.child("feed");
  if (!feed) {
    return Error{"the arXiv API's answer is not an Atom feed"};
  }
  std::vector<ArxivRecord> records;
  for (const pugi::xml_node entry : feed.children("entry")) {
    const std::string url = entry.child_value("id");
    if (url.find("/api/errors") != std::string::npos || url.empty()) {
      continue;
    }
    ArxivRecord r;
    r.id = id_from_url(url);
    r.title = collapse(entry.child_value("title"));
    for (const pugi::xml_node author : entry.children("author")) {
      std::string name = collapse(author.child_value("name"));
      if (!name.empty()) {
        r.authors.push_back(std::move(name));
      }
    }
    const std::string_view published = entry.child_value("published");
    if (published.size() >= 10 && date::is_date(published.substr(0, 10))) {
      r.submitted = std::string(published.substr(0, 10));
    }
    if (std::string summary = collapse(entry.child_value("summary")); !summary.empty()) {
      r.abstract = std::move(summary);
    }
    if (std::string doi = collapse(entry.child_value("arxiv:doi")); !doi.empty()) {
      r.doi = std::move(doi);
    }
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace mllmseg::enrich
