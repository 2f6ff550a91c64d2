#pragma once
// One HTTP GET with libcurl, bounded in time and size, for commands that
// fetch metadata (enrich). Only http and https URLs are followed.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "util/result.h"

namespace mllmseg::net {

struct Limits {
  std::chrono::seconds timeout{30};  // the whole transfer
  std::size_t max_bytes = 16u << 20;
};

struct Response {
  long status = 0;
  std::string body;
  std::optional<std::chrono::seconds> retry_after;  // from a Retry-After header in seconds
};

// The response to GET url; an error for anything that is not an HTTP answer
// (refused connection, time-out, oversized or truncated body, bad URL).
Result<Response> get(const std::string& url, const Limits& limits);

}  // namespace mllmseg::net
