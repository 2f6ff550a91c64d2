#pragma once
// Walks a JSON document's structural characters (its punctuation and the
// first byte of each value) with simdjson's first stage, a window of a few
// MiB at a time, so that a large catalog is never indexed whole; hands each
// value over as a range of bytes, whole, for json::ValueReader. Windows end
// after a newline, which no JSON string holds, so that one never cuts a
// string; a document without newlines is indexed whole.

#include <cstddef>
#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace simdjson::internal {
class dom_parser_implementation;
}

namespace mllmseg::json {

class Scanner {
 public:
  // padding: how many bytes after bytes may be read (a padded copy of the
  // last window is made when fewer than k_padding).
  Scanner(std::string_view bytes, std::size_t padding);
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // The next structural character, or '\0' at the end of the document or
  // once the first stage failed (malformed input).
  char peek();
  // True when no structural character is left and the first stage found
  // nothing wrong: what follows the document is whitespace, and no NUL byte.
  bool at_end();
  // Consumes the next structural character.
  void skip() { ++m_at; }

  struct Span {
    std::string_view bytes;  // the value and the whitespace after it, padded
    std::size_t depth = 0;   // how deep it nests
    std::size_t end = 0;     // its end, as an offset in the document
  };
  // The value at the next structural character; false when none starts
  // there, or it does not end. With structurals, the offsets in span.bytes
  // of the value's structural characters are appended to it, in order.
  bool value(Span& span, std::vector<std::uint32_t>* structurals = nullptr);

 private:
  // A window indexed by the first stage, with one of the two parsers.
  struct Window {
    std::size_t start = 0;  // in m_bytes
    std::size_t end = 0;
    const char* base = nullptr;  // its first byte: in m_bytes or m_tail
    std::uint32_t count = 0;     // structural characters
    bool failed = false;
  };
  // The window from `from`, about size bytes long, indexed by parser p. Runs
  // on either thread: it touches only parser p and, for the last window,
  // m_tail.
  Window index(int parser, std::size_t from, std::size_t size);
  // Makes w, indexed by the current parser, the window scanned.
  void use(const Window& w);
  // The window from from, indexed now (the one indexed ahead is dropped).
  bool fill(std::size_t from, std::size_t size);
  // The window after this one: the one indexed ahead, if any.
  bool next();
  // Starts indexing the window after this one on a thread of its own, with
  // the other parser, while this one is scanned: on a large document the
  // first stage (and the page faults of reading the file) then leave the
  // thread that finds the papers' spans.
  void index_ahead();
  void drop_ahead();

  std::string_view m_bytes;
  std::size_t m_padding;
  std::unique_ptr<simdjson::internal::dom_parser_implementation> m_stage1[2];
  std::size_t m_capacity[2] = {0, 0};
  int m_current = 0;             // the parser of the window scanned
  std::size_t m_start = 0;       // of the window, in m_bytes
  std::size_t m_end = 0;         // of the window
  const char* m_base = nullptr;  // the window's first byte
  const std::uint32_t* m_index = nullptr;
  std::uint32_t m_count = 0;  // structural characters in the window
  std::uint32_t m_at = 0;     // the next one
  bool m_failed = false;
  std::string m_tail;  // a padded copy of the last window, when needed
  // The next window being indexed by the other parser; last, so that it is
  // waited for before anything it uses goes.
  std::future<Window> m_ahead;
};

}  // namespace mllmseg::json
