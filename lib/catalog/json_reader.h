#pragma once
// Reads one JSON value into a json::Tree with simdjson's On-Demand API, as
// strictly as nlohmann-json's parser: it gives up (false, no message) on what
// it leaves to that parser, which then names the problem and its place
// (catalog/json_document.h): anything malformed, a control character in a
// string, a member twice in one object, a string or member name over
// k_max_string_bytes, a number out of a double's range (including one that
// underflows, which nlohmann-json reads as 0).

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "catalog/json_value.h"

namespace mllmseg::json {

// Bytes that must be readable after what simdjson reads (SIMDJSON_PADDING).
inline constexpr std::size_t k_padding = 64;

// JSON's whitespace: space, tab, line feed, carriage return.
inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// s without the whitespace at its end: a value's raw token, which runs to
// the next structural character, without what follows the value.
inline std::string_view trim_space_right(std::string_view s) {
  while (!s.empty() && is_space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

class ValueReader {
 public:
  ValueReader();
  ~ValueReader();
  ValueReader(const ValueReader&) = delete;
  ValueReader& operator=(const ValueReader&) = delete;

  // The value in bytes (one value and whitespace, nothing else), nested at
  // most depth deep, into tree (cleared first); k_padding bytes after bytes
  // must be readable. Strings without escapes point into bytes; unescaped
  // ones live in the tree when own_strings, else in this reader until the
  // next read.
  bool read(std::string_view bytes, std::size_t depth, Tree& tree, bool own_strings);

  // A member name or string alone in bytes (padded as for read), unescaped
  // into out.
  bool string(std::string_view bytes, std::string& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// The whole of bytes as one JSON value (after a byte order mark, with only
// whitespace after it, not a NUL byte), read from a padded copy that the
// tree's strings point into: for tests and the fuzz targets.
struct Document {
  std::string padded;
  Tree tree;
};
bool read_document(std::string_view bytes, Document& out);

}  // namespace mllmseg::json
