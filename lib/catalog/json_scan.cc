#include "catalog/json_scan.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <system_error>

#include "catalog/json_reader.h"

namespace mllmseg::json {

namespace {

// A window's size, doubled for a value that does not fit one.
constexpr std::size_t k_window = std::size_t{4} << 20;

// The last newline in [from, to) that ends an array's element (after a
// comma) and is followed, past blanks, by the next element's opening brace:
// where a paper written one to a line, or one member to a line, ends. A
// window cut there holds its papers whole, so that the window after it,
// indexed ahead, is the one scanned next (catalog/load.h); one cut inside a
// paper (an entry's brace, or no such newline) costs that paper's window
// indexed again from its start, no more.
const char* likely_element_start(const char* from, const char* to, const char* total_end) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (to > from) {
    const auto* newline =
        static_cast<const char*>(::memrchr(from, '\n', static_cast<std::size_t>(to - from)));
    if (newline == nullptr) {
      return nullptr;
    }
    const char* next = newline + 1;
    while (next < total_end && blank(*next)) {
      ++next;
    }
    const char* before = newline;
    while (before > from && blank(before[-1])) {
      --before;
    }
    if (next < total_end && *next == '{' && before > from && before[-1] == ',') {
      return newline;
    }
    to = newline;
  }
  return nullptr;
}

bool opens(char c) { return c == '{' || c == '['; }
bool closes(char c) { return c == '}' || c == ']'; }

}  // namespace

Scanner::Scanner(std::string_view bytes, std::size_t padding) : m_bytes(bytes), m_padding(padding) {
  if (m_bytes.starts_with("\xEF\xBB\xBF")) {
    m_start = m_end = 3;  // a byte order mark, which nlohmann-json skips too
  }
}

Scanner::~Scanner() { drop_ahead(); }

Scanner::Window Scanner::index(int parser, std::size_t from, std::size_t size) {
  const std::size_t total = m_bytes.size();
  const char* data = m_bytes.data();
  std::size_t end = total;
  if (size < total - from) {
    const std::size_t half = from + size / 2;
    const void* newline = likely_element_start(data + half, data + from + size, data + total);
    if (newline == nullptr) {
      newline = ::memrchr(data + half, '\n', from + size - half);
    }
    if (newline == nullptr) {
      newline = std::memchr(data + from + size, '\n', total - from - size);
    }
    if (newline != nullptr) {
      end = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
    }
  }
  Window w{from, end, data + from, 0, false};
  const std::size_t length = end - from;
  if (end == total && m_padding < k_padding) {
    m_tail.assign(w.base, length);
    m_tail.append(k_padding, '\0');
    w.base = m_tail.data();
  }
  auto& stage1 = m_stage1[parser];
  if (!stage1 || length > m_capacity[parser]) {
    m_capacity[parser] = std::max(length, m_capacity[parser]);
    const auto error = stage1 ? stage1->set_capacity(m_capacity[parser])
                              : simdjson::get_active_implementation()->create_dom_parser_implementation(
                                    m_capacity[parser], simdjson::DEFAULT_MAX_DEPTH, stage1);
    if (error != simdjson::SUCCESS) {
      w.failed = true;
      return w;
    }
  }
  const auto error =
      stage1->stage1(reinterpret_cast<const std::uint8_t*>(w.base), length, simdjson::stage1_mode::regular);
  if (error == simdjson::EMPTY) {
    return w;
  }
  w.failed = error != simdjson::SUCCESS;
  w.count = w.failed ? 0 : stage1->n_structural_indexes;
  return w;
}

void Scanner::use(const Window& w) {
  m_start = w.start;
  m_end = w.end;
  m_base = w.base;
  m_count = w.count;
  m_index = w.count > 0 ? m_stage1[m_current]->structural_indexes.get() : nullptr;
  m_at = 0;
  m_failed = w.failed;
}

bool Scanner::fill(std::size_t from, std::size_t size) {
  drop_ahead();
  use(index(m_current, from, size));
  return !m_failed;
}

bool Scanner::next() {
  if (m_ahead.valid()) {
    const Window w = m_ahead.get();
    m_current = 1 - m_current;
    use(w);
  } else {
    use(index(m_current, m_end, k_window));
  }
  index_ahead();
  return !m_failed;
}

void Scanner::index_ahead() {
  if (m_failed || m_end >= m_bytes.size()) {
    return;
  }
  try {
    m_ahead = std::async(std::launch::async, [this, parser = 1 - m_current, from = m_end] {
      return index(parser, from, k_window);
    });
  } catch (const std::system_error&) {
    // No thread to be had: the next window is indexed when it is reached.
  }
}

void Scanner::drop_ahead() {
  if (m_ahead.valid()) {
    m_ahead.wait();
    m_ahead = {};
  }
}

char Scanner::peek() {
  while (m_at >= m_count) {
    if (m_failed || m_end >= m_bytes.size() || !next()) {
      return '\0';
    }
  }
  return m_base[m_index[m_at]];
}

bool Scanner::at_end() {
  while (m_at >= m_count) {
    if (m_failed || m_end >= m_bytes.size() || !next()) {
      return !m_failed;
    }
  }
  return false;
}

bool Scanner::value(Span& span, std::vector<std::uint32_t>* structurals) {
  for (std::size_t size = k_window;; size *= 2) {
    const char c = peek();
    if (c == '\0' || c == ',' || c == ':' || closes(c)) {
      return false;
    }
    std::uint32_t last = m_at;
    std::size_t depth = 0;
    std::size_t deepest = 0;
    if (opens(c)) {
      for (; last < m_count; ++last) {
        const char d = m_base[m_index[last]];
        if (opens(d)) {
          deepest = std::max(deepest, ++depth);
        } else if (closes(d) && --depth == 0) {
          break;
        }
      }
      if (last == m_count) {
        // Not closed in this window: again from its start, in a larger one.
        if (m_end >= m_bytes.size() || !fill(m_start + m_index[m_at], size * 2)) {
          return false;
        }
        continue;
      }
    }
    const std::size_t begin = m_index[m_at];
    const std::size_t end = last + 1 < m_count ? m_index[last + 1] : m_end - m_start;
    span.bytes = std::string_view(m_base + begin, end - begin);
    span.depth = deepest;
    span.end = m_start + end;
    if (structurals != nullptr) {
      const std::size_t from = structurals->size();
      structurals->resize(from + (last + 1 - m_at));
      std::uint32_t* out = structurals->data() + from;
      for (std::uint32_t i = m_at; i <= last; ++i) {
        *out++ = m_index[i] - static_cast<std::uint32_t>(begin);
      }
    }
    m_at = last + 1;
    return true;
  }
}

}  // namespace mllmseg::json
