#pragma once
// A JSON value as a flat tree of nodes, what the catalog loader reads a paper
// or a top-level member into (catalog/json_reader.h fills it with simdjson)
// and what catalog/paper_reader.h checks field by field.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::json {

enum class Kind : std::uint8_t { null, boolean, integer, number, string, array, object };

struct Node {
  Kind kind = Kind::null;
  bool flag = false;            // a boolean's value; an integer's sign (true: negative)
  std::uint32_t end = 0;        // index one past the node's subtree
  std::string_view key;         // the member name, for a member of an object
  std::string_view text;        // a string's value (unescaped), a number's text
  std::uint64_t magnitude = 0;  // an integer's absolute value
};

class Tree;

// A node of a Tree, with the reading operations the catalog loader needs.
class Value {
 public:
  Value(const Tree& tree, std::uint32_t index) : m_tree(&tree), m_index(index) {}

  Kind kind() const { return node().kind; }
  bool is_null() const { return kind() == Kind::null; }
  bool is_string() const { return kind() == Kind::string; }
  bool is_array() const { return kind() == Kind::array; }
  bool is_object() const { return kind() == Kind::object; }
  bool is_boolean() const { return kind() == Kind::boolean; }
  bool is_integer() const { return kind() == Kind::integer; }

  std::string_view string() const { return node().text; }
  bool boolean() const { return node().flag; }
  // An integer's value when it fits an int.
  std::optional<int> as_int() const;
  // As nlohmann-json writes the value, for messages: numbers only.
  std::string_view number_text() const { return node().text; }
  // "null", "boolean", "number", "string", "array" or "object", as
  // nlohmann-json's type_name().
  const char* type_name() const;

  // A member of an object, by name.
  std::optional<Value> find(std::string_view name) const;
  std::string_view key() const { return node().key; }

  // Children of an array or object, in order.
  class Iterator {
   public:
    Iterator(const Tree& tree, std::uint32_t index) : m_tree(&tree), m_index(index) {}
    Value operator*() const { return {*m_tree, m_index}; }
    Iterator& operator++();
    bool operator!=(const Iterator& other) const { return m_index != other.m_index; }

   private:
    const Tree* m_tree;
    std::uint32_t m_index;
  };
  Iterator begin() const { return {*m_tree, m_index + 1}; }
  Iterator end() const { return {*m_tree, node().end}; }
  std::size_t size() const;

 private:
  const Node& node() const;

  const Tree* m_tree;
  std::uint32_t m_index;
};

// One JSON value as nodes in document order; a node's children follow it.
// Strings without escapes point into the parsed bytes, which must outlive
// the tree; unescaped ones live in the tree, or in the reader until it reads
// the next value (see ValueReader::read).
class Tree {
 public:
  Value root() const { return {*this, 0}; }
  bool empty() const { return m_nodes.empty(); }
  void clear() {
    m_nodes.clear();
    m_strings.clear();
  }

 private:
  friend class Value;
  friend class ValueReader;
  std::vector<Node> m_nodes;
  std::deque<std::string> m_strings;
};

// Inline: the loader calls these for every value of every paper.
inline const Node& Value::node() const { return m_tree->m_nodes[m_index]; }

inline Value::Iterator& Value::Iterator::operator++() {
  m_index = m_tree->m_nodes[m_index].end;
  return *this;
}

}  // namespace mllmseg::json
