#include "query/identifier.h"

#include <algorithm>
#include <array>

#include "importer/links.h"
#include "util/text.h"

namespace mllmseg {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c)) {
      return false;
    }
  }
  return !s.empty();
}

bool starts_with_any_case(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && text::iequals(s.substr(0, prefix.size()), prefix);
}

// YYMM with a real month.
bool year_month(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) {
    return false;
  }
  const int month = (s[2] - '0') * 10 + (s[3] - '0');
  return month >= 1 && month <= 12;
}

// s without a trailing version, "v" (or "V") and digits.
std::string_view without_version(std::string_view s) {
  const auto v = s.find_last_of("vV");
  if (v != std::string_view::npos && all_digits(s.substr(v + 1))) {
    return s.substr(0, v);
  }
  return s;
}

// YYMM.NNNN or YYMM.NNNNN, version already removed.
std::optional<std::string> new_style_id(std::string_view s) {
  if (s.size() < 9 || s[4] != '.' || !year_month(s.substr(0, 4))) {
    return std::nullopt;
  }
  const std::string_view number = s.substr(5);
  if (number.size() < 4 || number.size() > 5 || !all_digits(number)) {
    return std::nullopt;
  }
  return std::string(s);
}

// The archives of arXiv's identifiers before April 2007.
constexpr std::array<std::string_view, 34> k_old_archives = {
    "acc-phys", "adap-org", "alg-geom", "ao-sci",  "astro-ph", "atom-ph",  "bayes-an", "chao-dyn", "chem-ph",
    "cmp-lg",   "comp-gas", "cond-mat", "cs",      "dg-ga",    "funct-an", "gr-qc",    "hep-ex",   "hep-lat",
    "hep-ph",   "hep-th",   "math",     "math-ph", "mtrl-th",  "nlin",     "nucl-ex",  "nucl-th",  "patt-sol",
    "physics",  "plasm-ph", "q-alg",    "q-bio",   "quant-ph", "solv-int", "supr-con"};

// archive/YYMMNNN or archive.SC/YYMMNNN (the subject class is dropped),
// version already removed.
std::optional<std::string> old_style_id(std::string_view s) {
  const auto slash = s.find('/');
  if (slash == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view number = s.substr(slash + 1);
  if (number.size() != 7 || !all_digits(number) || !year_month(number.substr(0, 4))) {
    return std::nullopt;
  }
  std::string archive = text::to_lower(s.substr(0, slash));
  if (const auto dot = archive.find('.'); dot != std::string::npos) {
    const std::string_view subject = std::string_view(archive).substr(dot + 1);
    if (subject.empty() ||
        subject.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string_view::npos) {
      return std::nullopt;
    }
    archive.resize(dot);
  }
  for (std::string_view known : k_old_archives) {
    if (archive == known) {
      return archive + "/" + std::string(number);
    }
  }
  return std::nullopt;
}

std::optional<std::string> arxiv_id(std::string_view s) {
  s = without_version(s);
  if (auto id = new_style_id(s)) {
    return id;
  }
  return old_style_id(s);
}

// 10.NNNN/suffix (the registrant may have dotted parts: 10.1000.10/x), in
// lowercase; DOIs compare without case.
std::optional<std::string> doi(std::string_view s) {
  if (!s.starts_with("10.")) {
    return std::nullopt;
  }
  const auto slash = s.find('/');
  if (slash == std::string_view::npos || slash + 1 == s.size()) {
    return std::nullopt;
  }
  const std::string_view registrant = s.substr(3, slash - 3);
  const auto first = registrant.substr(0, registrant.find('.'));
  if (first.size() < 4 || first.size() > 9 ||
      registrant.find_first_not_of("0123456789.") != std::string_view::npos || registrant.ends_with(".")) {
    return std::nullopt;
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ') {
      return std::nullopt;
    }
  }
  return text::to_lower(s);
}

int hex_digit(char c) {
  if (is_digit(c)) {
    return c - '0';
  }
  const char lower = static_cast<char>(c | 0x20);
  return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// Escapes of printable ASCII decoded (doi.org/10.1007%2Fs11263...).
std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int high = s[i] == '%' && i + 2 < s.size() ? hex_digit(s[i + 1]) : -1;
    const int low = high >= 0 ? hex_digit(s[i + 2]) : -1;
    const int byte = low >= 0 ? high * 16 + low : -1;
    if (byte > 0x20 && byte < 0x7F) {
      out += static_cast<char>(byte);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Parts {
  std::string host;   // lowercase, without "www."
  std::string path;   // from the first slash, without query and fragment
  std::string query;  // from '?', without fragment
};

// Parts of a match_form link ("https://host/path?query").
Parts parts_of(std::string_view matched) {
  Parts parts;
  std::string_view rest = matched.substr(matched.find("://") + 3);
  const auto end = rest.find_first_of("/?");
  parts.host = std::string(rest.substr(0, end));
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
  const auto question = rest.find('?');
  parts.path = std::string(rest.substr(0, question));
  parts.query = question == std::string_view::npos ? std::string() : std::string(rest.substr(question));
  return parts;
}

bool is_arxiv_host(std::string_view host) {
  return host == "arxiv.org" || host.ends_with(".arxiv.org") || host == "ar5iv.org" ||
         host == "xxx.lanl.gov" || host == "xxx.itp.ac.cn";
}

// The arXiv id of an abs, pdf or html link on arXiv or a mirror, new or old style.
std::optional<std::string> arxiv_id_of_link(std::string_view url) {
  if (auto id = importer::arxiv_id(url)) {
    return id;
  }
  const Parts parts = parts_of(importer::match_form(url));
  if (!is_arxiv_host(parts.host)) {
    return std::nullopt;
  }
  std::string_view path = parts.path;
  for (std::string_view prefix : {"/abs/", "/pdf/", "/html/"}) {
    if (path.starts_with(prefix)) {
      path.remove_prefix(prefix.size());
      if (path.ends_with(".pdf")) {
        path.remove_suffix(4);
      }
      return old_style_id(without_version(path));
    }
  }
  return std::nullopt;
}

bool is_http_link(std::string_view s) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (starts_with_any_case(s, scheme)) {
      const std::string_view rest = s.substr(scheme.size());
      return !rest.empty() && rest.front() != '/' && rest.find_first_of(" \t\r\n") == std::string_view::npos;
    }
  }
  return false;
}

// A catalog's arxiv field as an id: prefix and version dropped.
std::optional<std::string> field_arxiv_id(std::string_view field) {
  field = text::trim(field);
  if (starts_with_any_case(field, "arxiv:")) {
    field.remove_prefix(6);
  }
  return arxiv_id(field);
}

// What follows the last slash, in lowercase: of an arXiv id its number, of a
// normalised link its last path segment (or host), which the link as written
// holds too.
std::string last_segment(std::string_view s) { return text::to_lower(s.substr(s.rfind('/') + 1)); }

// Whether needle (lowercase) appears in haystack, in any case.
bool contains(std::string_view haystack, std::string_view needle) {
  return text::to_lower(haystack).find(needle) != std::string::npos;
}

}  // namespace

std::string normalise_url(std::string_view url) {
  if (auto id = arxiv_id_of_link(url)) {
    return "https://arxiv.org/abs/" + *id;
  }
  const std::string matched = importer::match_form(url);
  if (!matched.starts_with("https://")) {
    return matched;
  }
  Parts parts = parts_of(matched);
  if (parts.host == "github.com") {
    // Owner and repository names are case-insensitive on GitHub; what follows them is not.
    const auto second = parts.path.find('/', 1);
    const auto third = second == std::string::npos ? second : parts.path.find('/', second + 1);
    const std::size_t end = std::min(third, parts.path.size());
    parts.path = text::to_lower(std::string_view(parts.path).substr(0, end)) + parts.path.substr(end);
    if (second != std::string::npos && third == std::string::npos && parts.path.ends_with(".git")) {
      parts.path.resize(parts.path.size() - 4);
    }
  }
  return "https://" + parts.host + parts.path + parts.query;
}

std::optional<Identifier> parse_identifier(std::string_view text) {
  text = text::trim(text);
  if (starts_with_any_case(text, "arxiv:")) {
    if (auto id = arxiv_id(text::trim(text.substr(6)))) {
      return Identifier{Identifier::Kind::arxiv, std::move(*id)};
    }
    return std::nullopt;
  }
  if (starts_with_any_case(text, "doi:")) {
    if (auto d = doi(text::trim(text.substr(4)))) {
      return Identifier{Identifier::Kind::doi, std::move(*d)};
    }
    return std::nullopt;
  }
  if (is_http_link(text)) {
    const std::string matched = importer::match_form(text);
    const Parts parts = parts_of(matched);
    if (parts.host == "doi.org" || parts.host == "dx.doi.org") {
      if (auto d = doi(percent_decoded(std::string_view(parts.path).substr(1)))) {
        return Identifier{Identifier::Kind::doi, std::move(*d)};
      }
    }
    return Identifier{Identifier::Kind::url, normalise_url(text)};
  }
  if (auto id = arxiv_id(text)) {
    return Identifier{Identifier::Kind::arxiv, std::move(*id)};
  }
  if (auto d = doi(text)) {
    return Identifier{Identifier::Kind::doi, std::move(*d)};
  }
  return std::nullopt;
}

std::vector<DocId> find_all_by_identifier(const Store& store, const Identifier& id) {
  // What the identifier says, in each of the forms a paper's fields are compared in.
  std::optional<std::string> arxiv;
  std::optional<std::string> doi_wanted;
  switch (id.kind) {
    case Identifier::Kind::arxiv:
      arxiv = id.value;
      break;
    case Identifier::Kind::doi:
      doi_wanted = id.value;
      break;
    case Identifier::Kind::url:
      arxiv = arxiv_id_of_link(id.value);
      if (auto d = importer::doi_of(id.value)) {
        doi_wanted = text::to_lower(*d);
      }
      break;
  }
  // Each comparison is made only when a piece of what is wanted appears in the
  // field as written, so that a scan of a large catalog normalises few links.
  const std::string arxiv_piece = arxiv ? last_segment(*arxiv) : std::string();
  const std::string url_piece = id.kind == Identifier::Kind::url ? last_segment(id.value) : std::string();
  std::vector<DocId> found;
  for (DocId doc = 0; doc < store.size(); ++doc) {
    const Paper p = store.paper(doc);
    bool match = false;
    if (arxiv) {
      match = (p.arxiv && contains(*p.arxiv, arxiv_piece) && field_arxiv_id(*p.arxiv) == arxiv) ||
              (contains(p.pdf, arxiv_piece) && arxiv_id_of_link(p.pdf) == arxiv);
    }
    if (!match && doi_wanted) {
      match = (p.doi && text::to_lower(text::trim(*p.doi)) == *doi_wanted) ||
              (contains(p.pdf, *doi_wanted) &&
               text::to_lower(importer::doi_of(p.pdf).value_or("")) == *doi_wanted);
    }
    if (!match && id.kind == Identifier::Kind::url) {
      match = (contains(p.pdf, url_piece) && normalise_url(p.pdf) == id.value) ||
              (p.code && contains(*p.code, url_piece) && normalise_url(*p.code) == id.value) ||
              (p.project && contains(*p.project, url_piece) && normalise_url(*p.project) == id.value);
    }
    if (match) {
      found.push_back(doc);
    }
  }
  return found;
}

std::optional<DocId> find_by_identifier(const Store& store, const Identifier& id) {
  const auto found = find_all_by_identifier(store, id);
  return found.empty() ? std::nullopt : std::optional<DocId>(found.front());
}

std::string describe(const Identifier& id) {
  switch (id.kind) {
    case Identifier::Kind::arxiv:
      return "arXiv id " + id.value;
    case Identifier::Kind::doi:
      return "DOI " + id.value;
    case Identifier::Kind::url:
      break;
  }
  return "link " + text::one_line(id.value);
}

}  // namespace mllmseg
