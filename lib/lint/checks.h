#pragma once
// The rules that look at one record, shared by catalogs (one per paper) and
// lists (one per entry, as listed).

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace mllmseg::lint {

using Report = std::function<void(std::string_view rule, std::string message)>;

// unsafe-link for any of the links when it is a javascript:, vbscript:,
// data: or file: link (and then nothing else about it); else plain-http for
// any, project-page for a code link that is not a repository, and, for a
// catalog's record (the importer reports them in a list), proxy-link and
// arxiv-host for any. A list's entry has no project link: its code cell
// holds what a catalog keeps as the project page.
void check_links(std::string_view name, std::string_view pdf, const std::optional<std::string>& code,
                 const std::optional<std::string>& project, bool catalog, const Report& report);

// name-not-in-title: a title that starts with a name ("MMR: ...") other than
// the entry's short name (MMSA), in any case.
void check_title_name(std::string_view name, std::string_view title, const Report& report);

// html-in-title: a title as the list writes it (markdown) with text that
// markdown takes for an HTML tag ("<SEG>"), which GitHub does not show.
void check_title_markup(std::string_view name, std::string_view title, const Report& report);

// arxiv-month: an ArXiv'YYMM venue whose month is not the arXiv id's.
void check_arxiv_month(std::string_view name, std::string_view venue, const std::optional<std::string>& arxiv,
                       const Report& report);

}  // namespace mllmseg::lint
