#include "query/regex.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace mllmseg {

Result<Postings> regex_select(const Store& store, std::string_view pattern,
                              const std::optional<Postings>& candidates) {
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
  Postings out;
  const auto consider = [&](DocId id) {
    const Paper& p = store.paper(id);
    if (RE2::PartialMatch(p.name, re) || RE2::PartialMatch(p.title, re)) {
      out.push_back(id);
    }
  };
  if (candidates) {
    for (DocId id : *candidates) {
      consider(id);
    }
  } else {
    for (DocId id = 0; id < store.size(); ++id) {
      consider(id);
    }
  }
  return out;
}

}  // namespace mllmseg
