#pragma once
// The arXiv API client of enrich: ids asked in batches, at most one request
// every 3 seconds as arXiv asks of API clients, answers 503 and 429 retried
// after their Retry-After, each request bounded in time. The HTTP fetch, the
// clock and the sleep are injectable, so that tests check the pacing and the
// retries without a network and without waiting.

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "enrich/arxiv.h"
#include "net/http.h"
#include "util/result.h"

namespace mllmseg::enrich {

using Clock = std::chrono::steady_clock;

struct ClientSettings {
  std::chrono::seconds interval{3};              // from one answer to the next request
  std::chrono::seconds longest_retry_wait{120};  // a longer Retry-After is an error
  int retries = 2;                               // after a 503 or 429, for one batch
  std::chrono::seconds timeout{30};              // for one request
};

// What the client does to the world; World::real() is the network and the
// steady clock.
struct World {
  std::function<Result<net::Response>(const std::string& url, const net::Limits& limits)> get;
  std::function<Clock::time_point()> now;
  std::function<void(Clock::duration)> sleep;

  static World real();
};

class Client {
 public:
  Client(std::string api, ClientSettings settings, World world = World::real());

  // The records the API gives for ids, asked in one request. An error, naming
  // the URL, for an answer that is not 200 after the retries, a Retry-After
  // longer than settings.longest_retry_wait, a failed transfer or a body that
  // is not an Atom feed.
  Result<std::vector<ArxivRecord>> fetch(const std::vector<std::string>& ids);

  // The records for all of ids, asked batch ids at a time; the first error
  // ends it.
  Result<std::vector<ArxivRecord>> fetch_all(const std::vector<std::string>& ids, std::size_t batch);

  const std::string& api() const { return m_api; }

 private:
  void wait_turn(std::chrono::seconds interval);

  std::string m_api;
  ClientSettings m_settings;
  World m_world;
  std::optional<Clock::time_point> m_last;  // when the last answer arrived
};

}  // namespace mllmseg::enrich
