#include "cmd_enrich.h"

#include <fmt/format.h>
#include <chrono>
#include <ctime>
#include <thread>

#include "enrich/arxiv.h"
#include "enrich/merge.h"
#include "format/json.h"
#include "io/dirs.h"
#include "io/output.h"
#include "net/http.h"
#include "util/text.h"

namespace mllmseg::app {

namespace {

using Clock = std::chrono::steady_clock;

// arXiv asks API clients for no more than one request every three seconds.
constexpr std::chrono::seconds k_request_interval{3};
constexpr std::chrono::seconds k_longest_retry_wait{120};
constexpr int k_retries = 2;

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

class ArxivClient {
 public:
  ArxivClient(std::string api, std::chrono::seconds timeout) : m_api(std::move(api)), m_timeout(timeout) {}

  std::vector<enrich::ArxivRecord> fetch(const std::vector<std::string>& ids) {
    const std::string url = enrich::query_url(m_api, ids);
    for (int attempt = 0;; ++attempt) {
      wait_turn(k_request_interval);
      auto response = net::get(url, net::Limits{m_timeout, 16u << 20});
      m_last = Clock::now();
      if (!response) {
        throw Failure(response.error());
      }
      const long status = response->status;
      if ((status == 503 || status == 429) && attempt < k_retries) {
        const auto wait = response->retry_after.value_or(k_request_interval);
        if (wait > k_longest_retry_wait) {
          throw Failure(
              fmt::format("{}: HTTP {}, retry after {} s; try again later", url, status, wait.count()));
        }
        wait_turn(std::max(wait, k_request_interval));
        continue;
      }
      if (status != 200) {
        throw Failure(fmt::format("{}: HTTP {}", url, status));
      }
      auto records = enrich::parse_feed(response->body);
      if (!records) {
        throw Failure(fmt::format("{}: {}", url, records.error()));
      }
      return std::move(*records);
    }
  }

  const std::string& api() const { return m_api; }

 private:
  void wait_turn(std::chrono::seconds interval) {
    if (m_last) {
      const auto ready = *m_last + interval;
      if (const auto now = Clock::now(); now < ready) {
        std::this_thread::sleep_for(ready - now);
      }
    }
  }

  std::string m_api;
  std::chrono::seconds m_timeout;
  std::optional<Clock::time_point> m_last;
};

}  // namespace

Outcome run_enrich(const EnrichOptions& options, const GlobalOptions& global) {
  const std::string target = user_catalog_path();
  if (target.empty()) {
    throw Failure("cannot find the user catalog's place: set XDG_DATA_HOME or HOME");
  }
  const CatalogChoice choice = choose_catalog(global);
  Catalog catalog = load_catalog(choice);
  const std::vector<std::string> ids = enrich::ids_to_enrich(catalog);
  if (ids.empty()) {
    return {fmt::format("every paper with an arXiv id in {} has authors; nothing to fill\n", choice.origin),
            {},
            0};
  }

  ArxivClient client(options.api.empty() ? std::string(enrich::k_arxiv_api) : options.api,
                     std::chrono::seconds(options.timeout));
  std::vector<enrich::ArxivRecord> records;
  const auto batch = static_cast<std::size_t>(options.batch);
  for (std::size_t from = 0; from < ids.size(); from += batch) {
    const std::vector<std::string> part(
        ids.begin() + static_cast<std::ptrdiff_t>(from),
        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), from + batch)));
    auto fetched = client.fetch(part);
    records.insert(records.end(), std::make_move_iterator(fetched.begin()),
                   std::make_move_iterator(fetched.end()));
  }

  const std::vector<enrich::Change> changes = enrich::apply(catalog, records, client.api(), today());
  std::string out;
  for (const auto& change : changes) {
    out += fmt::format("{}{}: {}\n", options.dry_run ? "would fill " : "filled ", change.key,
                       text::join(change.fields, ", "));
  }
  std::vector<std::string> missing;
  for (const Paper& p : catalog.papers) {
    if (p.authors.empty() && p.arxiv) {
      missing.push_back(fmt::format("{} ({})", p.key, *p.arxiv));
    }
  }
  std::string notes;
  if (!missing.empty()) {
    notes = fmt::format("mllmseg: note: the arXiv API gave no authors for {}\n", text::join(missing, ", "));
  }
  if (options.dry_run || changes.empty()) {
    return {out, notes, changes.empty() ? 1 : 0};
  }
  const Store store(std::move(catalog));
  if (auto made = io::make_parent_dirs(target); !made) {
    throw Failure(made.error());
  }
  if (auto written = io::write_file_atomic(target, format::catalog_document(store, store.all())); !written) {
    throw Failure(written.error());
  }
  out += fmt::format("wrote {} papers to {}\n", store.size(), target);
  return {out, notes, 0};
}

}  // namespace mllmseg::app
