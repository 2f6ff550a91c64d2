#include "format/cache.h"

namespace mllmseg::format {

OrderedJson cache_json(std::span<const CachedSnapshot> snapshots) {
  OrderedJson out = OrderedJson::array();
  for (const CachedSnapshot& s : snapshots) {
    OrderedJson j;
    j["path"] = s.path;
    j["catalog"] = s.catalog.empty() ? OrderedJson(nullptr) : OrderedJson(s.catalog);
    j["papers"] = s.papers ? OrderedJson(*s.papers) : OrderedJson(nullptr);
    j["bytes"] = s.bytes;
    j["written"] = s.written;
    j["state"] = s.state;
    out.push_back(std::move(j));
  }
  return out;
}

std::span<const std::string_view> cache_fields() {
  // In cache_json's order; tests/unit/json_fields_test.cc holds the two equal.
  static constexpr std::string_view k_fields[] = {"path", "catalog", "papers", "bytes", "written", "state"};
  return k_fields;
}

}  // namespace mllmseg::format
