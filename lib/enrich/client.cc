#include "enrich/client.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <thread>
#include <utility>

namespace mllmseg::enrich {

World World::real() {
  return World{net::get, [] { return Clock::now(); },
               [](Clock::duration d) { std::this_thread::sleep_for(d); }};
}

Client::Client(std::string api, ClientSettings settings, World world)
    : m_api(std::move(api)), m_settings(settings), m_world(std::move(world)) {}

void Client::wait_turn(std::chrono::seconds interval) {
  if (!m_last) {
    return;
  }
  const auto ready = *m_last + interval;
  if (const auto now = m_world.now(); now < ready) {
    m_world.sleep(ready - now);
  }
}

Result<std::vector<ArxivRecord>> Client::fetch(const std::vector<std::string>& ids) {
  const std::string url = query_url(m_api, ids);
  for (int attempt = 0;; ++attempt) {
    wait_turn(m_settings.interval);
    auto response = m_world.get(url, net::Limits{m_settings.timeout, 16u << 20});
    m_last = m_world.now();
    if (!response) {
      return Error{response.error()};
    }
    const long status = response->status;
    if ((status == 503 || status == 429) && attempt < m_settings.retries) {
      const auto wait = response->retry_after.value_or(m_settings.interval);
      if (wait > m_settings.longest_retry_wait) {
        return Error{
            fmt::format("{}: HTTP {}, retry after {} s; try again later", url, status, wait.count())};
      }
      wait_turn(std::max(wait, m_settings.interval));
      continue;
    }
    if (status != 200) {
      return Error{fmt::format("{}: HTTP {}", url, status)};
    }
    auto records = parse_feed(response->body);
    if (!records) {
      return Error{fmt::format("{}: {}", url, records.error())};
    }
    return records;
  }
}

Result<std::vector<ArxivRecord>> Client::fetch_all(const std::vector<std::string>& ids, std::size_t batch) {
  batch = std::max<std::size_t>(batch, 1);
  std::vector<ArxivRecord> records;
  for (std::size_t from = 0; from < ids.size(); from += batch) {
    const std::vector<std::string> part(
        ids.begin() + static_cast<std::ptrdiff_t>(from),
        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), from + batch)));
    auto fetched = fetch(part);
    if (!fetched) {
      return fetched;
    }
    records.insert(records.end(), std::make_move_iterator(fetched->begin()),
                   std::make_move_iterator(fetched->end()));
  }
  return records;
}

}  // namespace mllmseg::enrich
