#pragma once
// A fast, strict reader of JSON values into a flat tree, for loading large
// catalogs paper by paper. It accepts exactly the documents nlohmann-json's
// parser accepts, except that it gives up (returns false, with no message) on
// what it leaves to that parser: anything malformed, a member twice in one
// object, a string over k_max_string_bytes, a number out of a double's range
// (including one that underflows, which nlohmann-json reads as 0). The
// caller then asks nlohmann-json (catalog/json_document.h) for the exact
// message, so every error keeps one wording and one place.

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
// the tree; unescaped ones live in the tree.
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
  friend class Reader;
  std::vector<Node> m_nodes;
  std::deque<std::string> m_strings;
};

// Objects with more members than this check for a repeated name with a hash
// set instead of comparing each name with those before it.
inline constexpr std::size_t k_few_members = 32;

// Reads values and the punctuation around them from bytes, one at a time, so
// that a caller can walk a document's outer levels itself.
class Reader {
 public:
  explicit Reader(std::string_view bytes);

  std::size_t offset() const { return m_at; }
  // Skips whitespace; true when c is next, which it then consumes.
  bool consume(char c);
  // Skips whitespace; the next byte, or '\0' at the end.
  char peek();
  // Skips whitespace; true at the end of the bytes (not at a NUL byte, which
  // nlohmann-json would take for the end).
  bool at_end();
  // A member name or string value at the cursor, unescaped into out.
  bool string(std::string& out);
  // The value at the cursor, into tree (cleared first).
  bool value(Tree& tree);

 private:
  void skip_whitespace();
  bool parse_value(Tree& tree);
  bool parse_string(Tree& tree, Node& node);
  bool scan_string(std::string_view& raw, bool& escaped);
  bool parse_number(Node& node);
  bool literal(std::string_view word);

  std::string_view m_bytes;
  std::size_t m_at = 0;
};

}  // namespace mllmseg::json
