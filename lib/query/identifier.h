#pragma once
// Papers named by an identifier they have rather than by key or name: an
// arXiv id (2308.00692, 2308.00692v2, arXiv:2308.00692, cs/0112017), a DOI
// (10.1007/..., doi:10.1007/..., https://doi.org/10.1007/...) or a link (the
// paper's pdf, code or project link, in any of the forms that reach the
// same page).
// show, export, open and search all read identifiers through here; numbers
// and identifiers are never typo-corrected.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg {

struct Identifier {
  enum class Kind : std::uint8_t { arxiv, doi, url };
  Kind kind;
  // arxiv: "2308.00692" or "cs/0112017" (no version, no prefix); doi:
  // lowercase "10.1007/..."; url: normalised URL (normalise_url).
  std::string value;
};

// Whether text (trimmed) is an identifier rather than a key, name or word:
// an arXiv id, new style YYMM.NNNN or YYMM.NNNNN (a real month) with an
// optional vN, or old style archive/YYMMNNN (cs/0112017, math.GT/0309136),
// either with an optional "arXiv:" prefix in any case; a DOI, 10.NNNN/...,
// with an optional "doi:" prefix, or as a doi.org or dx.doi.org link; or any
// other http(s) link. "2024", "sam2" and "cvpr'24" are not identifiers.
std::optional<Identifier> parse_identifier(std::string_view text);

// The form links are compared in: https, lowercase host without "www.", no
// fragment, no trailing slash; an arXiv abs, pdf (.pdf or not) or html link,
// of any version, on arXiv or a mirror, as https://arxiv.org/abs/ID; a
// GitHub repository's owner and name in lowercase, without ".git".
std::string normalise_url(std::string_view url);

// Every paper with that identifier, in list order: an arXiv id in the
// paper's `arxiv` field or its pdf link; a DOI in its `doi` field or its pdf
// link's path; a link equal, normalised, to its pdf, code or project link (an arXiv
// link also finds the paper with that arXiv id, and a link with a DOI in its
// path the paper with that DOI). Several papers can share a code link.
std::vector<DocId> find_all_by_identifier(const Store& store, const Identifier& id);

// The first of find_all_by_identifier in list order; nullopt when none.
std::optional<DocId> find_by_identifier(const Store& store, const Identifier& id);

// How messages name an identifier: "arXiv id 2308.00692", "DOI 10.1007/x",
// "link https://github.com/dvlab-research/lisa".
std::string describe(const Identifier& id);

}  // namespace mllmseg
