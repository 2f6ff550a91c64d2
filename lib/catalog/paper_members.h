#pragma once
// The members of a paper object found in one pass over it, by field, for
// catalog/paper_reader.cc: a lookup of each field then costs an index, not
// a search of the object's members.

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string_view>

#include "catalog/json_value.h"

namespace mllmseg::reader {

// The members a paper object may have, as read_paper looks them up.
inline constexpr std::string_view k_fields[] = {
    "key",       "name", "title",    "venue",   "year",      "month",     "tasks",
    "arxiv",     "pdf",  "code",     "project", "submitted", "published", "listed",
    "listed_by", "doi",  "abstract", "authors", "entries",   "fixes",     "authors_source"};
inline constexpr std::size_t k_field_count = std::size(k_fields);

// The index in k_fields of a member name, or k_field_count for a name a paper
// does not have (which is ignored). Dispatches on the length first: most
// names are then told apart by one comparison.
constexpr std::size_t field_index(std::string_view name) {
  const auto among = [&](std::initializer_list<std::size_t> candidates) {
    for (const std::size_t i : candidates) {
      if (name == k_fields[i]) {
        return i;
      }
    }
    return k_field_count;
  };
  switch (name.size()) {
    case 3:
      return among({0, 8, 15});  // key, pdf, doi
    case 4:
      return among({1, 4, 9});  // name, year, code
    case 5:
      return among({2, 3, 5, 6, 7, 19});  // title, venue, month, tasks, arxiv, fixes
    case 6:
      return among({13});  // listed
    case 7:
      return among({10, 17, 18});  // project, authors, entries
    case 8:
      return among({16});  // abstract
    case 9:
      return among({11, 12, 14});  // submitted, published, listed_by
    case 14:
      return among({20});  // authors_source
    default:
      return k_field_count;
  }
}

// Every name in k_fields is found by field_index at its own place.
constexpr bool fields_indexed() {
  for (std::size_t i = 0; i < k_field_count; ++i) {
    if (field_index(k_fields[i]) != i) {
      return false;
    }
  }
  return true;
}
static_assert(fields_indexed());

// A paper object's members by field, read in one pass over the object
// instead of a search of it for each field.
struct PaperMembers {
  std::optional<json::Value> values[k_field_count];

  explicit PaperMembers(json::Value object) {
    for (const json::Value member : object) {
      const std::size_t i = field_index(member.key());
      // The first member of a name, as json::Value::find finds it (the
      // reader refuses an object with a member twice anyway).
      if (i < k_field_count && !values[i]) {
        values[i] = member;
      }
    }
  }
};

}  // namespace mllmseg::reader
