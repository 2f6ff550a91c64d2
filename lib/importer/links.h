#pragma once
// What a paper or code link says: its arXiv id or DOI, whether it goes
// through a library proxy or an arXiv mirror (and where it really points),
// whether a code link is a repository, and a form to match links by.

#include <optional>
#include <string>
#include <string_view>

namespace mllmseg::importer {

// The new-style arXiv id (YYMM.NNNNN, no version) of an abs, pdf or html link
// on arxiv.org, www.arxiv.org, export.arxiv.org or a mirror.
std::optional<std::string> arxiv_id(std::string_view url);

// The DOI in a link's path (doi.org/10..., link.springer.com/article/10...).
std::optional<std::string> doi_of(std::string_view url);

struct Unwrapped {
  std::string url;  // where the link really points: the publisher's or arXiv's link
  std::string via;  // the proxy or mirror host
  bool mirror = false;
};

// For a link through a library proxy (EZproxy's host-rewriting form,
// "link-springer-com.remotexs.ntu.edu.sg", or a login?url= form) or an arXiv
// mirror, the link it stands for.
std::optional<Unwrapped> unwrap(std::string_view url);

// The same link on arxiv.org, for an arXiv link written with another of
// arXiv's own hosts (www.arxiv.org, export.arxiv.org); nullopt otherwise.
std::optional<std::string> on_arxiv_org(std::string_view url);

// A code link to a repository on a forge (GitHub, GitLab, Bitbucket, Gitee,
// Codeberg, Hugging Face, SourceForge, or a self-hosted gitlab./git. host),
// rather than a project page.
bool is_repository(std::string_view url);

// A link as the markdown export writes it: parentheses plain (the export
// writes them as %28 %29), angle brackets percent-encoded (as the export
// does, and as a browser asks for them). The importer stores links so, and
// a list's link and its export's read the same.
std::string link_form(std::string_view url);

// The link's host, lowercase, without "www.".
std::string host_of(std::string_view url);

// A link in the form papers are matched by: https, lowercase host without
// "www.", no trailing slash, no fragment.
std::string match_form(std::string_view url);

}  // namespace mllmseg::importer
