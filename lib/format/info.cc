#include "format/info.h"

namespace mllmseg::format {

namespace {

OrderedJson string_or_null(const std::string& value) {
  return value.empty() ? OrderedJson(nullptr) : OrderedJson(value);
}

}  // namespace

OrderedJson info_json(const CatalogInfo& info) {
  OrderedJson j;
  j["catalog"] = string_or_null(info.path);
  j["source"] = info.reason;
  j["papers"] = info.papers;
  j["with_code"] = info.with_code;
  j["with_authors"] = info.with_authors;
  j["updated"] = string_or_null(info.updated);
  j["updated_from"] = string_or_null(info.updated_from);
  j["user_catalog"] = info.user_catalog;
  j["snapshot"] = string_or_null(info.snapshot);
  return j;
}

std::span<const std::string_view> info_fields() {
  // In info_json's order; tests/unit/json_fields_test.cc holds the two equal.
  static constexpr std::string_view k_fields[] = {"catalog",      "source",       "papers",
                                                  "with_code",    "with_authors", "updated",
                                                  "updated_from", "user_catalog", "snapshot"};
  return k_fields;
}

}  // namespace mllmseg::format
