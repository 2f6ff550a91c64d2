#include "lint/checks.h"

#include <fmt/format.h>

#include "catalog/venue.h"
#include "importer/links.h"
#include "term/opener.h"
#include "util/text.h"

namespace mllmseg::lint {

namespace {

// unsafe-link for a link a browser would run or open locally rather than
// visit; true when it reported one, and the link is then nothing else.
bool check_scheme(std::string_view name, std::string_view field, std::string_view url, const Report& report) {
  const auto scheme = term::link_scheme(url);
  if (!scheme || !term::is_unsafe_scheme(*scheme)) {
    return false;
  }
  report("unsafe-link",
         fmt::format(
             "{}'s {} link {} is a {}: link, which {}; a list's links should be http or https", name, field,
             url, *scheme,
             *scheme == "file" ? "opens a file on the reader's computer" : "runs in the reader's browser"));
  return true;
}

void check_link(std::string_view name, std::string_view field, std::string_view url, bool proxies,
                const Report& report) {
  if (check_scheme(name, field, url, report)) {
    return;
  }
  if (url.starts_with("http://")) {
    report("plain-http", fmt::format("{}'s {} link {} uses plain http", name, field, url));
  }
  if (proxies) {
    if (const auto canonical = importer::on_arxiv_org(url)) {
      report("arxiv-host", fmt::format("{}'s {} link {} is not on arxiv.org itself; it stands for {}", name,
                                       field, url, *canonical));
    }
    if (const auto real = importer::unwrap(url)) {
      report("proxy-link",
             fmt::format("{}'s {} link {} goes through the {} {}; it stands for {}", name, field, url,
                         real->mirror ? "arXiv mirror" : "library proxy", real->via, real->url));
    }
  }
}

}  // namespace

void check_links(std::string_view name, std::string_view pdf, const std::optional<std::string>& code,
                 const std::optional<std::string>& project, bool catalog, const Report& report) {
  check_link(name, "pdf", pdf, catalog, report);
  if (code) {
    check_link(name, "code", *code, catalog, report);
    const auto scheme = term::link_scheme(*code);
    if (!importer::is_repository(*code) && !(scheme && term::is_unsafe_scheme(*scheme))) {
      report("project-page",
             fmt::format("{}'s code link {} is a project page, not a repository; {}", name, *code,
                         catalog ? "a catalog keeps a project page as \"project\", with \"code\" null"
                                 : "the catalog keeps it as the project page, with no code link"));
    }
  }
  if (project) {
    check_link(name, "project", *project, catalog, report);
  }
}

void check_title_name(std::string_view name, std::string_view title, const Report& report) {
  const auto colon = title.find(": ");
  if (colon == std::string_view::npos) {
    return;
  }
  const std::string_view prefix = text::trim(title.substr(0, colon));
  // A name rather than a phrase ("Reasoning to Attend: ..."): one or two
  // words, with a digit or a capital inside a word (MMR, VisionLLM v2).
  const auto words = text::split_words(prefix);
  if (words.empty() || words.size() > 2) {
    return;
  }
  bool name_like = false;
  for (std::string_view word : words) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      name_like =
          name_like || (word[i] >= '0' && word[i] <= '9') || (i > 0 && word[i] >= 'A' && word[i] <= 'Z');
    }
  }
  if (name_like && !text::iequals(prefix, name)) {
    report("name-not-in-title", fmt::format("{}'s title names it {}: \"{}\"", name, prefix, title));
  }
}

void check_title_markup(std::string_view name, std::string_view title, const Report& report) {
  for (std::size_t open = title.find('<'); open != std::string_view::npos; open = title.find('<', open + 1)) {
    const std::size_t close = title.find('>', open);
    const bool starts_tag = open + 1 < title.size() &&
                            (title[open + 1] == '/' || (title[open + 1] >= 'A' && title[open + 1] <= 'Z') ||
                             (title[open + 1] >= 'a' && title[open + 1] <= 'z'));
    if (starts_tag && close != std::string_view::npos) {
      report("html-in-title",
             fmt::format("{}'s title holds {}, which markdown takes for an HTML tag: GitHub shows the title "
                         "without it (write &lt; for <)",
                         name, title.substr(open, close - open + 1)));
      return;
    }
  }
}

void check_arxiv_month(std::string_view name, std::string_view venue, const std::optional<std::string>& arxiv,
                       const Report& report) {
  const auto parts = parse_venue(venue);
  if (!arxiv || !parts || !is_arxiv_series(parts->series) || !parts->month || !parts->year) {
    return;
  }
  const int year = 2000 + std::stoi(arxiv->substr(0, 2));
  const int month = std::stoi(arxiv->substr(2, 2));
  if (year != *parts->year || month != *parts->month) {
    report("arxiv-month", fmt::format("{}'s venue {} says {}-{:02}, but its arXiv id {} dates from {}-{:02}",
                                      name, venue, *parts->year, *parts->month, *arxiv, year, month));
  }
}

}  // namespace mllmseg::lint
