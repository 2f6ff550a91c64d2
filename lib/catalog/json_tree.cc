#include "catalog/json_tree.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <memory>
#include <unordered_set>

#include "catalog/json_string.h"
#include "catalog/load.h"
#include "util/utf8.h"

namespace mllmseg::json {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<int> Value::as_int() const {
  const Node& n = node();
  if (n.kind != Kind::integer) {
    return std::nullopt;
  }
  constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
  if (n.flag) {
    return n.magnitude <= max + 1
               ? std::optional<int>(static_cast<int>(-static_cast<std::int64_t>(n.magnitude)))
               : std::nullopt;
  }
  return n.magnitude <= max ? std::optional<int>(static_cast<int>(n.magnitude)) : std::nullopt;
}

const char* Value::type_name() const {
  switch (kind()) {
    case Kind::null:
      return "null";
    case Kind::boolean:
      return "boolean";
    case Kind::integer:
    case Kind::number:
      return "number";
    case Kind::string:
      return "string";
    case Kind::array:
      return "array";
    case Kind::object:
      return "object";
  }
  return "null";
}

std::optional<Value> Value::find(std::string_view name) const {
  const std::vector<Node>& nodes = m_tree->m_nodes;
  for (std::uint32_t i = m_index + 1; i < nodes[m_index].end; i = nodes[i].end) {
    // Most names differ in length or first letter; compare those first.
    const std::string_view key = nodes[i].key;
    if (key.size() == name.size() && (name.empty() || key[0] == name[0]) && key == name) {
      return Value(*m_tree, i);
    }
  }
  return std::nullopt;
}

std::size_t Value::size() const {
  std::size_t count = 0;
  for (Iterator it = begin(); it != end(); ++it) {
    ++count;
  }
  return count;
}

const Node& Value::node() const { return m_tree->m_nodes[m_index]; }

Value::Iterator& Value::Iterator::operator++() {
  m_index = m_tree->m_nodes[m_index].end;
  return *this;
}

Reader::Reader(std::string_view bytes) : m_bytes(bytes) {
  if (m_bytes.starts_with("\xEF\xBB\xBF")) {
    m_at = 3;  // a byte order mark, which nlohmann-json skips too
  }
}

void Reader::skip_whitespace() {
  while (m_at < m_bytes.size()) {
    const char c = m_bytes[m_at];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      return;
    }
    ++m_at;
  }
}

bool Reader::consume(char c) {
  skip_whitespace();
  if (m_at < m_bytes.size() && m_bytes[m_at] == c) {
    ++m_at;
    return true;
  }
  return false;
}

char Reader::peek() {
  skip_whitespace();
  return m_at < m_bytes.size() ? m_bytes[m_at] : '\0';
}

bool Reader::at_end() {
  skip_whitespace();
  // Not at a NUL byte, which nlohmann-json takes for the end of its input:
  // what follows the document must be whitespace, whatever byte comes first.
  return m_at == m_bytes.size();
}

bool Reader::scan_string(std::string_view& raw, bool& escaped) {
  if (m_at >= m_bytes.size() || m_bytes[m_at] != '"') {
    return false;
  }
  const std::size_t start = ++m_at;
  const char* data = m_bytes.data();
  const std::size_t size = m_bytes.size();
  escaped = false;
  while (m_at < size) {
    m_at = skip_plain(data, m_at, size);
    if (m_at == size) {
      break;
    }
    switch (k_string_class[static_cast<std::uint8_t>(data[m_at])]) {
      case 0:
        ++m_at;
        break;
      case 1:
        raw = m_bytes.substr(start, m_at - start);
        ++m_at;
        return true;
      case 2:
        escaped = true;
        m_at += 2;  // the escaped character; \u's digits are plain ASCII
        break;
      case 3:
        return false;
      default: {
        const std::size_t length = utf8::sequence_length(m_bytes.substr(m_at));
        if (length == 0) {
          return false;
        }
        m_at += length;
      }
    }
  }
  return false;
}

bool Reader::string(std::string& out) {
  skip_whitespace();
  std::string_view raw;
  bool escaped = false;
  if (!scan_string(raw, escaped)) {
    return false;
  }
  if (escaped) {
    return unescape(raw, out) && out.size() <= k_max_string_bytes;
  }
  out.assign(raw);
  return raw.size() <= k_max_string_bytes;
}

bool Reader::parse_string(Tree& tree, Node& node) {
  std::string_view raw;
  bool escaped = false;
  if (!scan_string(raw, escaped)) {
    return false;
  }
  node.kind = Kind::string;
  if (!escaped) {
    node.text = raw;
    return raw.size() <= k_max_string_bytes;
  }
  std::string& out = tree.m_strings.emplace_back();
  if (!unescape(raw, out) || out.size() > k_max_string_bytes) {
    return false;
  }
  node.text = out;
  return true;
}

bool Reader::parse_number(Node& node) {
  const std::size_t start = m_at;
  const auto digits = [&] {
    const std::size_t from = m_at;
    while (m_at < m_bytes.size() && is_digit(m_bytes[m_at])) {
      ++m_at;
    }
    return m_at > from;
  };
  const bool negative = m_at < m_bytes.size() && m_bytes[m_at] == '-';
  m_at += negative ? 1 : 0;
  if (m_at < m_bytes.size() && m_bytes[m_at] == '0') {
    ++m_at;
  } else if (!digits()) {
    return false;
  }
  bool integer = true;
  if (m_at < m_bytes.size() && m_bytes[m_at] == '.') {
    ++m_at;
    integer = false;
    if (!digits()) {
      return false;
    }
  }
  if (m_at < m_bytes.size() && (m_bytes[m_at] == 'e' || m_bytes[m_at] == 'E')) {
    ++m_at;
    integer = false;
    if (m_at < m_bytes.size() && (m_bytes[m_at] == '+' || m_bytes[m_at] == '-')) {
      ++m_at;
    }
    if (!digits()) {
      return false;
    }
  }
  node.text = m_bytes.substr(start, m_at - start);
  node.flag = negative;
  if (integer) {
    const std::string_view magnitude = node.text.substr(negative ? 1 : 0);
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(magnitude.data(), magnitude.data() + magnitude.size(), value);
    const bool fits = error == std::errc{} && (!negative || value <= (std::uint64_t{1} << 63));
    if (fits) {
      node.kind = Kind::integer;
      node.magnitude = value;
      return true;
    }
  }
  // Any other number is a double to nlohmann-json, which refuses one that
  // overflows; leave out-of-range ones (overflow or underflow) to it.
  double value = 0;
  const auto [end, error] = std::from_chars(node.text.data(), node.text.data() + node.text.size(), value);
  node.kind = Kind::number;
  return error == std::errc{} && std::isfinite(value);
}

bool Reader::literal(std::string_view word) {
  if (m_bytes.substr(m_at, word.size()) != word) {
    return false;
  }
  m_at += word.size();
  return true;
}

bool Reader::value(Tree& tree) {
  tree.clear();
  return parse_value(tree);
}

bool Reader::parse_value(Tree& tree) {
  // An explicit stack instead of recursion: a hostile file may nest arrays a
  // million deep.
  struct Frame {
    std::uint32_t node;
    std::size_t first_key;  // in keys, the first member name of this object
    bool object;
    // The object's member names once there are many of them.
    std::unique_ptr<std::unordered_set<std::string_view>> many{};
  };
  std::vector<Frame> stack;
  std::vector<std::string_view> keys;  // member names of the open objects
  std::string_view key;                // the name of the member about to be read
  std::vector<Node>& nodes = tree.m_nodes;

  // Reads `"name":` of an object's next member, refusing a name used before.
  const auto member_name = [&](Frame& frame) {
    skip_whitespace();
    Node scratch;
    if (!parse_string(tree, scratch) || !consume(':')) {
      return false;
    }
    if (frame.many) {
      if (!frame.many->insert(scratch.text).second) {
        return false;
      }
    } else {
      for (std::size_t i = frame.first_key; i < keys.size(); ++i) {
        if (keys[i] == scratch.text) {
          return false;
        }
      }
      keys.push_back(scratch.text);
      if (keys.size() - frame.first_key > k_few_members) {
        frame.many = std::make_unique<std::unordered_set<std::string_view>>(
            keys.begin() + static_cast<std::ptrdiff_t>(frame.first_key), keys.end());
      }
    }
    key = scratch.text;
    return true;
  };

  for (;;) {
    skip_whitespace();
    if (m_at >= m_bytes.size() || nodes.size() >= std::numeric_limits<std::uint32_t>::max()) {
      return false;
    }
    const auto index = static_cast<std::uint32_t>(nodes.size());
    nodes.push_back(Node{});
    nodes[index].key = key;
    key = {};
    const char c = m_bytes[m_at];
    bool opened = false;
    if (c == '{' || c == '[') {
      ++m_at;
      nodes[index].kind = c == '{' ? Kind::object : Kind::array;
      opened = !consume(c == '{' ? '}' : ']');
      if (opened) {
        stack.push_back({index, keys.size(), c == '{'});
        if (c == '{' && !member_name(stack.back())) {
          return false;
        }
      }
    } else if (c == '"') {
      if (!parse_string(tree, nodes[index])) {
        return false;
      }
    } else if (c == '-' || is_digit(c)) {
      if (!parse_number(nodes[index])) {
        return false;
      }
    } else if (literal("true") || literal("false")) {
      nodes[index].kind = Kind::boolean;
      nodes[index].flag = c == 't';
    } else if (literal("null")) {
      nodes[index].kind = Kind::null;
    } else {
      return false;
    }
    if (opened) {
      continue;  // on to the container's first element
    }
    nodes[index].end = static_cast<std::uint32_t>(nodes.size());
    // Close every container this value completes, then expect the next one.
    for (;;) {
      if (stack.empty()) {
        return true;
      }
      Frame& frame = stack.back();
      if (consume(',')) {
        if (frame.object && !member_name(frame)) {
          return false;
        }
        break;
      }
      if (!consume(frame.object ? '}' : ']')) {
        return false;
      }
      nodes[frame.node].end = static_cast<std::uint32_t>(nodes.size());
      keys.resize(frame.first_key);
      stack.pop_back();
    }
  }
}

}  // namespace mllmseg::json
