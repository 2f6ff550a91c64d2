#include "importer/links.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "util/text.h"

namespace mllmseg::importer {

namespace {

struct UrlView {
  std::string_view scheme;
  std::string_view host;  // as written, port included
  std::string_view rest;  // path, query and fragment
};

std::optional<UrlView> split_url(std::string_view url) {
  url = text::trim(url);
  const auto colon = url.find("://");
  if (colon == std::string_view::npos || colon == 0) {
    return std::nullopt;
  }
  UrlView view;
  view.scheme = url.substr(0, colon);
  const std::string_view after = url.substr(colon + 3);
  const auto end = after.find_first_of("/?#");
  view.host = after.substr(0, end);
  view.rest = end == std::string_view::npos ? std::string_view{} : after.substr(end);
  if (const auto at = view.host.rfind('@'); at != std::string_view::npos) {
    view.host.remove_prefix(at + 1);
  }
  return view.host.empty() ? std::nullopt : std::optional<UrlView>(view);
}

std::string bare_host(std::string_view host) {
  std::string out = text::to_lower(host.substr(0, host.find(':')));
  if (out.starts_with("www.")) {
    out.erase(0, 4);
  }
  return out;
}

std::string_view path_of(std::string_view rest) { return rest.substr(0, rest.find_first_of("?#")); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_digit(char c) {
  if (is_digit(c)) {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

constexpr std::array<std::string_view, 5> k_arxiv_mirrors = {"xxx.itp.ac.cn", "cn.arxiv.org", "xxx.lanl.gov",
                                                             "ar5iv.org", "ar5iv.labs.arxiv.org"};

bool is_arxiv_mirror(std::string_view host) {
  for (std::string_view mirror : k_arxiv_mirrors) {
    if (host == mirror) {
      return true;
    }
  }
  return false;
}

bool is_arxiv_host(std::string_view host) {
  return host == "arxiv.org" || host.ends_with(".arxiv.org") || is_arxiv_mirror(host);
}

// A YYMM.NNNNN id at the start of s, followed by nothing, a version, ".pdf"
// or a slash.
std::optional<std::string> leading_arxiv_id(std::string_view s) {
  const auto dot = s.find('.');
  if (dot != 4) {
    return std::nullopt;
  }
  std::size_t end = dot + 1;
  while (end < s.size() && is_digit(s[end])) {
    ++end;
  }
  const std::size_t digits = end - dot - 1;
  for (std::size_t i = 0; i < 4; ++i) {
    if (!is_digit(s[i])) {
      return std::nullopt;
    }
  }
  const int month = (s[2] - '0') * 10 + (s[3] - '0');
  if (digits < 4 || digits > 5 || month < 1 || month > 12) {
    return std::nullopt;
  }
  const std::string_view tail = s.substr(end);
  const bool version = tail.size() > 1 && tail[0] == 'v' && is_digit(tail[1]);
  if (!tail.empty() && !version && tail != ".pdf" && tail.front() != '/') {
    return std::nullopt;
  }
  return std::string(s.substr(0, end));
}

// The url= (or qurl=) parameter of a proxy's login link, percent-decoded
// where that gives printable ASCII.
std::optional<std::string> login_target(const UrlView& view) {
  const auto query = view.rest.find('?');
  if (query == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view params = view.rest.substr(query + 1);
  while (!params.empty()) {
    const auto amp = params.find('&');
    const std::string_view param = params.substr(0, amp);
    params = amp == std::string_view::npos ? std::string_view{} : params.substr(amp + 1);
    std::string_view value;
    if (param.starts_with("url=")) {
      value = param.substr(4);
    } else if (param.starts_with("qurl=")) {
      value = param.substr(5);
    } else {
      continue;
    }
    // Only escapes of printable ASCII (what a scheme, host and path need)
    // are decoded; others (%0A, %F1, %20) stay as written, as decoding them
    // would put line breaks or bytes that are not UTF-8 into the link.
    std::string decoded;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const int high = i + 2 < value.size() && value[i] == '%' ? hex_digit(value[i + 1]) : -1;
      const int low = high >= 0 ? hex_digit(value[i + 2]) : -1;
      const int byte = low >= 0 ? high * 16 + low : -1;
      if (byte > 0x20 && byte < 0x7F) {
        decoded += static_cast<char>(byte);
        i += 2;
      } else {
        decoded += value[i];
      }
    }
    if (decoded.starts_with("http://") || decoded.starts_with("https://")) {
      return decoded;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 16> k_top_level = {
    "com", "org", "net", "edu", "gov", "io", "ai", "co", "uk", "de", "fr", "jp", "cn", "eu", "info", "int"};

// EZproxy's "proxy by hostname" form: the publisher's host with its dots
// written as '-' ('-' as "--"), then the proxy's own host.
std::optional<std::string> ezproxy_target(std::string_view host) {
  const auto dot = host.find('.');
  if (dot == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view label = host.substr(0, dot);
  const std::string_view proxy = host.substr(dot + 1);
  if (label.find('-') == std::string_view::npos || proxy.find('.') == std::string_view::npos) {
    return std::nullopt;
  }
  const bool institutional = proxy.find("proxy") != std::string_view::npos ||
                             proxy.find("remotexs") != std::string_view::npos || proxy.starts_with("ezp") ||
                             proxy.find(".edu") != std::string_view::npos ||
                             proxy.find(".ac.") != std::string_view::npos || proxy.starts_with("lib") ||
                             proxy.ends_with("idm.oclc.org");
  if (!institutional) {
    return std::nullopt;
  }
  std::string target;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '-' && i + 1 < label.size() && label[i + 1] == '-') {
      target += '-';
      ++i;
    } else {
      target += label[i] == '-' ? '.' : label[i];
    }
  }
  const auto last_dot = target.rfind('.');
  const std::string_view top = std::string_view(target).substr(last_dot + 1);
  for (std::string_view known : k_top_level) {
    if (top == known && last_dot > 0) {
      return target;
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> path_segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const auto slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    if (!part.empty()) {
      out.push_back(part);
    }
    if (slash == std::string_view::npos) {
      break;
    }
    path.remove_prefix(slash + 1);
  }
  return out;
}

}  // namespace

std::optional<std::string> arxiv_id(std::string_view url) {
  const auto view = split_url(url);
  if (!view || !is_arxiv_host(bare_host(view->host))) {
    return std::nullopt;
  }
  const std::string_view path = path_of(view->rest);
  for (std::string_view prefix : {"/abs/", "/pdf/", "/html/"}) {
    if (path.starts_with(prefix)) {
      return leading_arxiv_id(path.substr(prefix.size()));
    }
  }
  return std::nullopt;
}

std::optional<std::string> doi_of(std::string_view url) {
  const auto view = split_url(url);
  if (!view) {
    return std::nullopt;
  }
  std::string_view path = path_of(view->rest);
  for (std::size_t at = path.find("/10."); at != std::string_view::npos; at = path.find("/10.", at + 1)) {
    std::string_view doi = path.substr(at + 1);
    std::size_t digits = 3;
    while (digits < doi.size() && is_digit(doi[digits])) {
      ++digits;
    }
    if (digits < 7 || digits >= doi.size() || doi[digits] != '/' || digits + 1 == doi.size()) {
      continue;
    }
    while (doi.ends_with("/")) {
      doi.remove_suffix(1);
    }
    if (doi.ends_with(".pdf")) {
      doi.remove_suffix(4);
    }
    return std::string(doi);
  }
  return std::nullopt;
}

std::optional<Unwrapped> unwrap(std::string_view url) {
  const auto view = split_url(url);
  if (!view) {
    return std::nullopt;
  }
  const std::string host = bare_host(view->host);
  if (is_arxiv_mirror(host)) {
    if (const auto id = arxiv_id(url)) {
      return Unwrapped{"https://arxiv.org/abs/" + *id, host, true};
    }
    return std::nullopt;
  }
  if (host.find("proxy") != std::string::npos || view->rest.find("login") != std::string_view::npos) {
    if (auto target = login_target(*view)) {
      return Unwrapped{std::move(*target), host, false};
    }
  }
  if (const auto target = ezproxy_target(host)) {
    return Unwrapped{"https://" + *target + std::string(view->rest), host.substr(host.find('.') + 1), false};
  }
  return std::nullopt;
}

std::optional<std::string> on_arxiv_org(std::string_view url) {
  const auto view = split_url(url);
  if (!view) {
    return std::nullopt;
  }
  const std::string host = text::to_lower(view->host);
  if (host != "www.arxiv.org" && host != "export.arxiv.org") {
    return std::nullopt;
  }
  return fmt::format("{}://arxiv.org{}", text::to_lower(view->scheme), view->rest);
}

bool is_repository(std::string_view url) {
  const auto view = split_url(url);
  if (!view) {
    return false;
  }
  const std::string host = bare_host(view->host);
  constexpr std::array<std::string_view, 7> k_forges = {"github.com",     "gitlab.com",   "bitbucket.org",
                                                        "gitee.com",      "codeberg.org", "huggingface.co",
                                                        "sourceforge.net"};
  bool forge = host.starts_with("gitlab.") || host.starts_with("git.");
  for (std::string_view known : k_forges) {
    forge = forge || host == known;
  }
  return forge && path_segments(path_of(view->rest)).size() >= 2;
}

std::string link_form(std::string_view url) {
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    const std::string_view rest = url.substr(i);
    if (rest.starts_with("%28") || rest.starts_with("%29")) {
      out += rest[2] == '8' ? '(' : ')';
      i += 2;
    } else if (url[i] == '<' || url[i] == '>') {
      out += url[i] == '<' ? "%3C" : "%3E";
    } else {
      out += url[i];
    }
  }
  return out;
}

std::string host_of(std::string_view url) {
  const auto view = split_url(url);
  return view ? bare_host(view->host) : std::string();
}

std::string match_form(std::string_view url) {
  const auto view = split_url(url);
  if (!view) {
    return std::string(text::trim(url));
  }
  std::string rest(view->rest.substr(0, view->rest.find('#')));
  while (rest.ends_with("/")) {
    rest.pop_back();
  }
  return "https://" + bare_host(view->host) + rest;
}

}  // namespace mllmseg::importer
