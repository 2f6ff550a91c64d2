#include "catalog/json_document.h"

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

#include "catalog/load.h"

namespace mllmseg {

namespace {

using Json = nlohmann::json;

// Line and column (both from 1) of byte offset in bytes.
std::pair<std::size_t, std::size_t> line_column(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, offset - line_start + 1};
}

// nlohmann's message without its "[json.exception...] parse error at line L,
// column C: " preamble, which this file replaces with FILE:LINE:COL.
std::string parse_error_text(const std::string& what) {
  std::string_view text = what;
  if (const auto bracket = text.find("] "); text.starts_with("[json.exception") && bracket != text.npos) {
    text.remove_prefix(bracket + 2);
  }
  if (const auto colon = text.find(": "); text.starts_with("parse error") && colon != text.npos) {
    text.remove_prefix(colon + 2);
  }
  return std::string(text);
}

// nlohmann's DOM builder, except that it keeps an error and its place instead
// of throwing (a number too large for a double, 1e400, is an out_of_range
// error that Json::parse throws without a place), and that it refuses an
// object with a member twice, which Json::parse reads as the last of them:
// a reader of the file could take the first for the one that counts.
class DomBuilder : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  explicit DomBuilder(Json& result) : json_sax_dom_parser(result, false) {}

  bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& e) {
    m_position = position;
    m_what = e.what();
    return false;
  }

  bool null() {
    element();
    return json_sax_dom_parser::null();
  }
  bool boolean(bool value) {
    element();
    return json_sax_dom_parser::boolean(value);
  }
  bool number_integer(std::int64_t value) {
    element();
    return json_sax_dom_parser::number_integer(value);
  }
  bool number_unsigned(std::uint64_t value) {
    element();
    return json_sax_dom_parser::number_unsigned(value);
  }
  bool number_float(double value, const std::string& text) {
    element();
    return json_sax_dom_parser::number_float(value, text);
  }
  bool string(std::string& value) {
    element();
    return json_sax_dom_parser::string(value);
  }
  bool binary(Json::binary_t& value) {
    element();
    return json_sax_dom_parser::binary(value);
  }
  bool start_array(std::size_t size) {
    element();
    m_frames.push_back({});
    return json_sax_dom_parser::start_array(size);
  }
  bool end_array() {
    m_frames.pop_back();
    return json_sax_dom_parser::end_array();
  }
  bool start_object(std::size_t size) {
    element();
    m_frames.push_back({true});
    return json_sax_dom_parser::start_object(size);
  }
  bool end_object() {
    m_frames.pop_back();
    return json_sax_dom_parser::end_object();
  }
  bool key(std::string& name) {
    Frame& object = m_frames.back();
    if (!object.keys.insert(name).second) {
      const std::string where = path(m_frames.size() - 1);
      m_duplicate = fmt::format("{}member \"{}\" appears twice", where.empty() ? "" : where + ": ", name);
      return false;
    }
    object.key = name;
    return json_sax_dom_parser::key(name);
  }

  std::size_t position() const { return m_position; }  // bytes read when the error was found
  const std::string& what() const { return m_what; }
  // "papers[2]: member "code" appears twice", or empty.
  const std::string& duplicate() const { return m_duplicate; }

 private:
  struct Frame {
    bool object = false;
    std::unordered_set<std::string> keys{};  // of an object, so far
    std::string key{};                       // of an object, the member being read
    std::size_t count = 0;                   // of an array, elements so far
  };

  // Counts a value that is an array's element.
  void element() {
    if (!m_frames.empty() && !m_frames.back().object) {
      ++m_frames.back().count;
    }
  }

  // "papers[2].authors_source", the place of the value frames[depth] holds.
  std::string path(std::size_t depth) const {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = m_frames[i];
      out += f.object ? (i == 0 ? "" : ".") + f.key : fmt::format("[{}]", f.count - 1);
    }
    return out;
  }

  std::size_t m_position = 0;
  std::string m_what;
  std::vector<Frame> m_frames;
  std::string m_duplicate;
};

// Where the first string (member names included) longer than
// k_max_string_bytes is, as "papers[3].title: a string of N bytes ...";
// nullopt when there is none. Walks with a stack of its own rather than by
// recursion, as a hostile file may nest arrays a million deep.
std::optional<std::string> oversized_string(const Json& root) {
  struct Frame {
    const Json* node;
    Json::const_iterator child;
    std::size_t index;  // of child, in an array
  };
  std::vector<Frame> stack{{&root, root.cbegin(), 0}};
  const auto path = [&](std::size_t depth) {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = stack[i];
      out += f.node->is_object() ? (i == 0 ? "" : ".") + f.child.key() : fmt::format("[{}]", f.index);
    }
    return out;
  };
  const auto too_long = [](std::string_view what, std::size_t size) {
    return fmt::format("{} of {} bytes, over the limit of {}", what, size, size_text(k_max_string_bytes));
  };
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.child == f.node->cend()) {
      stack.pop_back();
      if (!stack.empty()) {
        ++stack.back().child;
        ++stack.back().index;
      }
      continue;
    }
    if (f.node->is_object() && f.child.key().size() > k_max_string_bytes) {
      const std::string where = path(stack.size() - 1);
      return fmt::format("{}{}", where.empty() ? "" : where + ": ",
                         too_long("a member name", f.child.key().size()));
    }
    const Json& child = *f.child;
    if (child.is_string() && child.get_ref<const std::string&>().size() > k_max_string_bytes) {
      return fmt::format("{}: {}", path(stack.size()),
                         too_long("a string", child.get_ref<const std::string&>().size()));
    }
    if (child.is_structured() && !child.empty()) {
      stack.push_back({&child, child.cbegin(), 0});
      continue;
    }
    ++f.child;
    ++f.index;
  }
  return std::nullopt;
}

}  // namespace

std::string size_text(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 30) == 0) {
    return fmt::format("{} GiB", bytes >> 30);
  }
  if (bytes % (std::size_t{1} << 20) == 0) {
    return fmt::format("{} MiB", bytes >> 20);
  }
  return fmt::format("{} bytes", bytes);
}

Result<Json> parse_json_document(std::string_view bytes, std::string_view origin) {
  Json root;
  DomBuilder builder(root);
  if (!Json::sax_parse(bytes.begin(), bytes.end(), &builder)) {
    if (!builder.duplicate().empty()) {
      return Error{fmt::format("{}: {}", origin, builder.duplicate())};
    }
    const auto [line, column] = line_column(bytes, builder.position() == 0 ? 0 : builder.position() - 1);
    return Error{fmt::format("{}:{}:{}: {}", origin, line, column, parse_error_text(builder.what()))};
  }
  // nlohmann-json stops at a NUL byte as at the end of its input, and one
  // inside the document is an error it reports above: one it accepted is
  // after the document, where only whitespace may be.
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    const auto [line, column] = line_column(bytes, nul);
    return Error{
        fmt::format("{}:{}:{}: syntax error while parsing value - invalid literal; last read: '<U+0000>'; "
                    "expected end of "
                    "input",
                    origin, line, column)};
  }
  if (root.is_object()) {
    if (auto where = oversized_string(root)) {
      return Error{fmt::format("{}: {}", origin, *where)};
    }
  }
  return root;
}

}  // namespace mllmseg
