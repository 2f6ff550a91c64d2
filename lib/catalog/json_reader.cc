#include "catalog/json_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "catalog/load.h"

namespace mllmseg::json {

namespace od = simdjson::ondemand;
static_assert(k_padding == simdjson::SIMDJSON_PADDING);

namespace {

// Objects with more members than this check for a repeated name with a hash
// set instead of comparing each name with those before it.
constexpr std::size_t k_few_members = 32;

// The value's bytes from its first on, with the whitespace after it
// (simdjson returns a value's directly, a document's as a result).
template <class V>
bool raw_token(V& v, std::string_view& out) {
  if constexpr (std::is_same_v<decltype(v.raw_json_token()), std::string_view>) {
    out = v.raw_json_token();
    return true;
  } else {
    return !v.raw_json_token().get(out);
  }
}

// What a string's raw bytes (between its quotes) hold: a control character
// (< 0x20), which JSON allows only escaped and simdjson lets through, or a
// backslash. One branchless pass, which the compiler vectorises.
struct RawString {
  bool control = false;
  bool escaped = false;
};
RawString inspect(std::string_view raw) {
  unsigned control = 0;
  unsigned escaped = 0;
  for (const char c : raw) {
    control |= static_cast<unsigned>(static_cast<unsigned char>(c) < 0x20);
    escaped |= static_cast<unsigned>(c == '\\');
  }
  return {control != 0, escaped != 0};
}

}  // namespace

struct ValueReader::Impl {
  od::parser parser;
  Tree* tree = nullptr;
  bool own = false;

  struct Frame {
    std::uint32_t node;
    bool object;
    bool started = false;
    od::array_iterator item{};
    od::array_iterator items_end{};
    od::object_iterator member{};
    od::object_iterator members_end{};
    std::size_t first_key = 0;  // in keys, the first member name of this object
    // The object's member names once there are many of them.
    std::unique_ptr<std::unordered_set<std::string_view>> many{};
  };
  std::vector<Frame> stack;
  std::vector<std::string_view> keys;  // member names of the open objects

  bool prepare(std::size_t size, std::size_t depth) {
    // simdjson counts the root as a level.
    if (size > parser.capacity() || depth + 2 > parser.max_depth()) {
      return parser.allocate(std::max(size, parser.capacity()), std::max(depth + 2, parser.max_depth())) ==
             simdjson::SUCCESS;
    }
    return true;
  }

  std::string_view keep(std::string_view s) {
    return own ? std::string_view(tree->m_strings.emplace_back(s)) : s;
  }

  // A string's value: its raw bytes when it has no escape, else unescaped
  // by simdjson (which refuses a bad escape or a high surrogate alone; the
  // UTF-8 check catches a low one). consume: read it even without escapes,
  // as a document's root must be.
  template <class V>
  bool string(V& v, std::string_view& out, bool consume) {
    std::string_view raw;
    if (!raw_token(v, raw)) {
      return false;
    }
    raw = trim_space_right(raw);
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') {
      return false;
    }
    raw = raw.substr(1, raw.size() - 2);
    const RawString what = inspect(raw);
    if (what.control) {
      return false;
    }
    if (!what.escaped) {
      out = raw;
      std::string_view ignored;
      return raw.size() <= k_max_string_bytes && (!consume || !v.get_string().get(ignored));
    }
    std::string_view text;
    if (v.get_string().get(text) || text.size() > k_max_string_bytes ||
        !simdjson::validate_utf8(text.data(), text.size())) {
      return false;
    }
    out = keep(text);
    return true;
  }

  // A number as nlohmann-json reads it: an integer when it has no fraction
  // or exponent and fits 64 bits, else a double, which must be finite and
  // not underflow. simdjson checks the syntax.
  template <class V>
  static bool number(V& v, Node& node) {
    std::string_view text;
    double checked = 0;
    if (!raw_token(v, text) || v.get_double().get(checked)) {
      return false;
    }
    text = trim_space_right(text);
    node.text = text;
    const bool negative = text.starts_with('-');
    node.flag = negative;
    if (text.find_first_of(".eE") == std::string_view::npos) {
      const std::string_view magnitude = text.substr(negative ? 1 : 0);
      std::uint64_t value = 0;
      const auto [end, error] = std::from_chars(magnitude.data(), magnitude.data() + magnitude.size(), value);
      if (error == std::errc{} && end == magnitude.data() + magnitude.size() &&
          (!negative || value <= (std::uint64_t{1} << 63))) {
        node.kind = Kind::integer;
        node.magnitude = value;
        return true;
      }
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    node.kind = Kind::number;
    return error == std::errc{} && end == text.data() + text.size() && std::isfinite(value);
  }

  // The value v into a new node; a container is opened (pushed on stack).
  template <class V>
  bool value(V& v, std::string_view key, bool root) {
    std::vector<Node>& nodes = tree->m_nodes;
    if (nodes.size() >= std::numeric_limits<std::uint32_t>::max()) {
      return false;
    }
    const auto index = static_cast<std::uint32_t>(nodes.size());
    nodes.push_back(Node{});
    nodes[index].key = key;
    od::json_type type{};
    if (v.type().get(type)) {
      return false;
    }
    switch (type) {
      case od::json_type::array: {
        od::array array;
        if (v.get_array().get(array)) {
          return false;
        }
        nodes[index].kind = Kind::array;
        Frame& f = stack.emplace_back(Frame{index, false});
        f.first_key = keys.size();  // so that closing it leaves the open objects' names
        return !array.begin().get(f.item) && !array.end().get(f.items_end);
      }
      case od::json_type::object: {
        od::object object;
        if (v.get_object().get(object)) {
          return false;
        }
        nodes[index].kind = Kind::object;
        Frame& f = stack.emplace_back(Frame{index, true});
        f.first_key = keys.size();
        return !object.begin().get(f.member) && !object.end().get(f.members_end);
      }
      case od::json_type::string:
        nodes[index].kind = Kind::string;
        return string(v, nodes[index].text, root);
      case od::json_type::number:
        return number(v, nodes[index]);
      case od::json_type::boolean:
        nodes[index].kind = Kind::boolean;
        return !v.get_bool().get(nodes[index].flag);
      case od::json_type::null: {
        bool null = false;
        return !v.is_null().get(null) && null;
      }
    }
    return false;
  }

  // The next member's name, refusing one the object has had before.
  bool member_name(Frame& frame, od::field& field, std::string_view& name) {
    // The name's raw bytes run from after its quote to the quote before the
    // colon before the value.
    const char* const start = field.key().raw();
    const std::string_view token = field.value().raw_json_token();
    const char* end = token.data();
    while (end > start && is_space(end[-1])) {
      --end;
    }
    if (end == start || *--end != ':') {
      return false;
    }
    while (end > start && is_space(end[-1])) {
      --end;
    }
    if (end == start || *--end != '"') {
      return false;
    }
    const std::string_view raw(start, static_cast<std::size_t>(end - start));
    const RawString what = inspect(raw);
    if (what.control) {
      return false;
    }
    if (what.escaped) {
      std::string_view text;
      if (field.unescaped_key().get(text) || !simdjson::validate_utf8(text.data(), text.size())) {
        return false;
      }
      name = keep(text);
    } else {
      name = raw;
    }
    if (name.size() > k_max_string_bytes) {
      return false;
    }
    if (frame.many) {
      return frame.many->insert(name).second;
    }
    for (std::size_t i = frame.first_key; i < keys.size(); ++i) {
      if (keys[i] == name) {
        return false;
      }
    }
    keys.push_back(name);
    if (keys.size() - frame.first_key > k_few_members) {
      frame.many = std::make_unique<std::unordered_set<std::string_view>>(
          keys.begin() + static_cast<std::ptrdiff_t>(frame.first_key), keys.end());
    }
    return true;
  }

  bool run(od::document& doc) {
    stack.clear();
    keys.clear();
    if (!value(doc, {}, true)) {
      return false;
    }
    // An explicit stack instead of recursion: a hostile file may nest
    // arrays a million deep.
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.started) {
        if (f.object) {
          ++f.member;
        } else {
          ++f.item;
        }
      }
      f.started = true;
      if (f.object ? !(f.member != f.members_end) : !(f.item != f.items_end)) {
        tree->m_nodes[f.node].end = static_cast<std::uint32_t>(tree->m_nodes.size());
        keys.resize(f.first_key);
        stack.pop_back();
        continue;
      }
      const std::size_t before = tree->m_nodes.size();
      bool ok = false;
      if (f.object) {
        od::field field;
        std::string_view name;
        ok = !(*f.member).get(field) && member_name(f, field, name) && value(field.value(), name, false);
      } else {
        od::value item;
        ok = !(*f.item).get(item) && value(item, {}, false);
      }
      if (!ok) {
        return false;
      }
      Node& node = tree->m_nodes[before];
      if (node.kind != Kind::array && node.kind != Kind::object) {
        node.end = static_cast<std::uint32_t>(before + 1);
      }
    }
    tree->m_nodes[0].end = static_cast<std::uint32_t>(tree->m_nodes.size());
    // Nothing after the value: simdjson's cursor is past the last token.
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
  }
};

ValueReader::ValueReader() : m_impl(std::make_unique<Impl>()) {}
ValueReader::~ValueReader() = default;

bool ValueReader::read(std::string_view bytes, std::size_t depth, Tree& tree, bool own_strings) {
  tree.clear();
  if (!m_impl->prepare(bytes.size(), depth)) {
    return false;
  }
  od::document doc;
  if (m_impl->parser.iterate(bytes.data(), bytes.size(), bytes.size() + k_padding).get(doc)) {
    return false;
  }
  m_impl->tree = &tree;
  m_impl->own = own_strings;
  return m_impl->run(doc);
}

bool ValueReader::string(std::string_view bytes, std::string& out) {
  Tree tree;
  if (!read(bytes, 0, tree, false) || !tree.root().is_string()) {
    return false;
  }
  out.assign(tree.root().string());
  return true;
}

bool read_document(std::string_view bytes, Document& out) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);  // a byte order mark, which nlohmann-json skips too
  }
  out.padded.reserve(bytes.size() + k_padding);
  out.padded.assign(bytes);
  out.padded.append(k_padding, '\0');
  ValueReader reader;
  return reader.read(std::string_view(out.padded).substr(0, bytes.size()), bytes.size() / 2 + 1, out.tree,
                     true);
}

}  // namespace mllmseg::json
