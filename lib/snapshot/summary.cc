#include <utility>

#include "snapshot/layout.h"
#include "snapshot/sections.h"
#include "snapshot/snapshot.h"
#include "util/pages.h"

namespace mllmseg::snapshot {

Result<Summary> summarize(std::string_view bytes, const Identity* expected, bool check_sum,
                          bool file_mapped) {
  auto checked = sections::whose(bytes, expected);
  if (!checked) {
    return Error{checked.error()};
  }
  const auto& [part, record] = *checked;
  // What the summary reads must lie in the head, which its checksum covers.
  const char* body = bytes.data() + sections::body_from(bytes, part);
  for (const std::string_view read : {part[layout::identity], part[layout::header], part[layout::facts]}) {
    if (read.data() + read.size() > body) {
      return Error{"its head does not hold its identity, header and facts"};
    }
  }
  if (check_sum && !sections::head_sum_matches(bytes, part)) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  Summary summary;
  if (!layout::unpack(part[layout::header], summary.header)) {
    return Error{"its catalog header is cut short"};
  }
  const std::string_view facts = part[layout::facts];
  if (facts.size() % layout::k_fact_bytes != 0 || facts.size() / layout::k_fact_bytes != record.papers) {
    return Error{"its sections do not hold the papers it counts"};
  }
  summary.papers = record.papers;
  pages::ReleaseBehind behind(facts.data(), file_mapped);
  for (std::size_t at = 0; at < facts.size(); at += layout::k_fact_bytes) {
    const auto flags = static_cast<std::uint8_t>(facts[at + 1]);
    summary.with_code += (flags & Store::Facts::k_has_code) != 0 ? 1U : 0U;
    summary.with_authors += (flags & Store::Facts::k_has_authors) != 0 ? 1U : 0U;
    behind.passed(facts.data() + at);
  }
  return summary;
}

Result<Summary> read_summary(const std::string& path, const Identity& expected) {
  auto mapped = sections::map(path);
  if (!mapped) {
    return Error{mapped.error()};
  }
  const std::string_view bytes = mapped->bytes;
  auto checked = sections::whose(bytes, &expected);
  if (!checked) {
    return Error{checked.error()};
  }
  // The head's checksum from the file read into a buffer, as read() does
  // the whole file's, so that its pages do not join the process's memory.
  const std::uint64_t body = sections::body_from(bytes, checked->first);
  if (sections::checksum_of(path, layout::k_checked_from, body) !=
      layout::load64(bytes.data() + layout::k_head_sum_at)) {
    return Error{"its checksum does not match: the file is corrupt"};
  }
  return summarize(bytes, &expected, false, true);
}

}  // namespace mllmseg::snapshot
