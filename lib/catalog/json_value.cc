#include "catalog/json_value.h"

#include <limits>

namespace mllmseg::json {

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

}  // namespace mllmseg::json
