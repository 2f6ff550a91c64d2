#include "catalog/json_scan.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

#include "catalog/json_reader.h"

namespace mllmseg::json {

namespace {

// A window's size, doubled for a value that does not fit one.
constexpr std::size_t k_window = std::size_t{4} << 20;

bool opens(char c) { return c == '{' || c == '['; }
bool closes(char c) { return c == '}' || c == ']'; }

}  // namespace

Scanner::Scanner(std::string_view bytes, std::size_t padding) : m_bytes(bytes), m_padding(padding) {
  if (m_bytes.starts_with("\xEF\xBB\xBF")) {
    m_start = m_end = 3;  // a byte order mark, which nlohmann-json skips too
  }
}

Scanner::~Scanner() = default;

bool Scanner::fill(std::size_t from, std::size_t size) {
  const std::size_t total = m_bytes.size();
  const char* data = m_bytes.data();
  std::size_t end = total;
  if (size < total - from) {
    // After the last newline in the window's second half, or the first one
    // after the window.
    const std::size_t half = from + size / 2;
    const void* newline = ::memrchr(data + half, '\n', from + size - half);
    if (newline == nullptr) {
      newline = std::memchr(data + from + size, '\n', total - from - size);
    }
    if (newline != nullptr) {
      end = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
    }
  }
  const std::size_t length = end - from;
  m_base = data + from;
  if (end == total && m_padding < k_padding) {
    m_tail.assign(m_base, length);
    m_tail.append(k_padding, '\0');
    m_base = m_tail.data();
  }
  if (!m_stage1 || length > m_capacity) {
    m_capacity = std::max(length, m_capacity);
    const auto error = m_stage1 ? m_stage1->set_capacity(m_capacity)
                                : simdjson::get_active_implementation()->create_dom_parser_implementation(
                                      m_capacity, simdjson::DEFAULT_MAX_DEPTH, m_stage1);
    if (error != simdjson::SUCCESS) {
      m_failed = true;
      return false;
    }
  }
  m_start = from;
  m_end = end;
  m_at = 0;
  const auto error =
      m_stage1->stage1(reinterpret_cast<const std::uint8_t*>(m_base), length, simdjson::stage1_mode::regular);
  if (error == simdjson::EMPTY) {
    m_count = 0;
    return true;
  }
  if (error != simdjson::SUCCESS) {
    m_failed = true;
    m_count = 0;
    return false;
  }
  m_count = m_stage1->n_structural_indexes;
  m_index = m_stage1->structural_indexes.get();
  return true;
}

char Scanner::peek() {
  while (m_at >= m_count) {
    if (m_failed || m_end >= m_bytes.size() || !fill(m_end, k_window)) {
      return '\0';
    }
  }
  return m_base[m_index[m_at]];
}

bool Scanner::at_end() {
  while (m_at >= m_count) {
    if (m_failed || m_end >= m_bytes.size() || !fill(m_end, k_window)) {
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
