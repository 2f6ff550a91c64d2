#include "query/regex.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <ctime>

namespace mllmseg {

namespace {

constexpr std::string_view k_narrow =
    "narrow the papers first with --task, --venue, --year or --author, or simplify the pattern";

// CPU time this thread has used, in seconds.
double cpu_seconds() {
  timespec now{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Bytes of text between two looks at the clock: a look costs about as much
// as matching a short title.
constexpr std::size_t k_clock_every = std::size_t{64} << 10;

}  // namespace

Result<Postings> regex_select(const Store& store, std::string_view pattern,
                              const std::optional<Postings>& candidates, const RegexLimits& limits) {
  const double start = cpu_seconds();
  if (pattern.size() > k_max_pattern_bytes) {
    return Error{fmt::format("regex is {} bytes long; the limit is {}", pattern.size(), k_max_pattern_bytes)};
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(k_max_regex_memory);
  const RE2 re(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!re.ok()) {
    return Error{fmt::format("invalid regex '{}': {}", pattern, re.error())};
  }
  const auto each = [&](auto&& visit) {
    if (candidates) {
      for (DocId id : *candidates) {
        visit(id);
      }
    } else {
      for (DocId id = 0; id < store.size(); ++id) {
        visit(id);
      }
    }
  };
  std::uint64_t bytes = 0;
  each([&](DocId id) {
    const Paper& p = store.paper(id);
    bytes += p.name.size() + p.title.size() + 2;
  });
  const auto program = static_cast<std::uint64_t>(re.ProgramSize());
  if (bytes > 0 && program > limits.work / bytes) {
    return Error{fmt::format(
        "too much work: a program of {} instructions over {} bytes of names and titles is over the limit of "
        "{} (instructions times bytes); {}",
        program, bytes, limits.work, k_narrow)};
  }
  Postings out;
  std::size_t scanned = 0;
  std::size_t next_look = 0;
  bool stopped = false;
  each([&](DocId id) {
    if (stopped) {
      return;
    }
    const Paper& p = store.paper(id);
    if (RE2::PartialMatch(p.name, re) || RE2::PartialMatch(p.title, re)) {
      out.push_back(id);
    }
    scanned += p.name.size() + p.title.size() + 2;
    if (scanned >= next_look) {
      next_look = scanned + k_clock_every;
      stopped = cpu_seconds() - start > limits.seconds;
    }
  });
  if (stopped) {
    return Error{fmt::format("gave up after {} s of matching, the limit; {}", limits.seconds, k_narrow)};
  }
  return out;
}

}  // namespace mllmseg
