#include "net/http.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <charconv>
#include <memory>
#include <string_view>

#include "util/shared_library.h"

namespace mllmseg::net {

namespace {

struct Transfer {
  std::string body;
  std::size_t max_bytes = 0;
  bool too_large = false;
  std::optional<std::chrono::seconds> retry_after;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->body.size() + bytes > transfer->max_bytes) {
    transfer->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  transfer->body.append(data, bytes);
  return bytes;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::string_view line(data, size * count);
  constexpr std::string_view k_name = "retry-after:";
  if (line.size() > k_name.size()) {
    std::string lower(line.substr(0, k_name.size()));
    for (char& c : lower) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (lower == k_name) {
      std::string_view value = line.substr(k_name.size());
      while (!value.empty() && value.front() == ' ') {
        value.remove_prefix(1);
      }
      long seconds = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
      if (ec == std::errc() && end != value.data() && seconds >= 0) {
        transfer->retry_after = std::chrono::seconds(seconds);
      }
    }
  }
  return size * count;
}

// libcurl is loaded on first use, not linked: its dozens of dependent
// libraries would otherwise add milliseconds to the start of every command,
// and only enrich and update need it.
struct CurlApi {
  decltype(&curl_global_init) global_init;
  decltype(&curl_easy_init) easy_init;
  decltype(&curl_easy_setopt) easy_setopt;
  decltype(&curl_easy_perform) easy_perform;
  decltype(&curl_easy_getinfo) easy_getinfo;
  decltype(&curl_easy_cleanup) easy_cleanup;
  decltype(&curl_easy_strerror) easy_strerror;
};

constexpr const char* k_libcurl = "libcurl.so.4";

Result<const CurlApi*> load_curl() {
  static const Result<const CurlApi*> loaded = []() -> Result<const CurlApi*> {
    auto library = SharedLibrary::open(k_libcurl, "libcurl4");
    if (!library) {
      return Error{library.error()};
    }
    static CurlApi api{};
    library->bind(api.global_init, "curl_global_init");
    library->bind(api.easy_init, "curl_easy_init");
    library->bind(api.easy_setopt, "curl_easy_setopt");
    library->bind(api.easy_perform, "curl_easy_perform");
    library->bind(api.easy_getinfo, "curl_easy_getinfo");
    library->bind(api.easy_cleanup, "curl_easy_cleanup");
    library->bind(api.easy_strerror, "curl_easy_strerror");
    if (auto complete = library->complete(); !complete) {
      return Error{complete.error()};
    }
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
      return Error{"cannot initialise libcurl"};
    }
    return &api;
  }();
  return loaded;
}

}  // namespace

Result<Response> get(const std::string& url, const Limits& limits) {
  const auto loaded = load_curl();
  if (!loaded) {
    return Error{loaded.error()};
  }
  const CurlApi& api = **loaded;
  const std::unique_ptr<CURL, decltype(api.easy_cleanup)> curl(api.easy_init(), api.easy_cleanup);
  if (!curl) {
    return Error{"cannot initialise libcurl"};
  }
  Transfer transfer;
  transfer.max_bytes = limits.max_bytes;
  char error[CURL_ERROR_SIZE] = {};
  CURL* c = curl.get();
  api.easy_setopt(c, CURLOPT_URL, url.c_str());
  api.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  api.easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
  api.easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(limits.timeout.count()));
  api.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min<long>(10, limits.timeout.count())));
  api.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api.easy_setopt(c, CURLOPT_USERAGENT, "mllmseg/" MLLMSEG_VERSION);
  api.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  api.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
  api.easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
  api.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
  api.easy_setopt(c, CURLOPT_HEADERDATA, &transfer);
  api.easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  const CURLcode code = api.easy_perform(c);
  if (transfer.too_large) {
    return Error{fmt::format("{}: response is larger than {} bytes", url, limits.max_bytes)};
  }
  if (code != CURLE_OK) {
    const std::string_view what = error[0] != '\0' ? std::string_view(error) : api.easy_strerror(code);
    return Error{fmt::format("{}: {}", url, what)};
  }
  Response response;
  api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
  response.body = std::move(transfer.body);
  response.retry_after = transfer.retry_after;
  return response;
}

}  // namespace mllmseg::net
