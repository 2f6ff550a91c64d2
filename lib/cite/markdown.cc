#include "cite/markdown.h"

#include <string>

namespace mllmseg::cite {

namespace {

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_inner_punctuation(char c) {
  return std::string_view(":.#$%&-+?<>~/").find(c) != std::string_view::npos;
}

// Characters after which an '@' starts no citation: an e-mail address's
// name, a URL's path, an escape, a code span's fence.
bool blocks_citation(char c) {
  return is_word(c) || std::string_view("._/\\`@").find(c) != std::string_view::npos;
}

// The length of the fence (``` or ~~~, at least three) that line opens, 0 if none.
std::size_t fence_length(std::string_view line, char& fence) {
  std::size_t indent = 0;
  while (indent < line.size() && indent < 3 && line[indent] == ' ') {
    ++indent;
  }
  line.remove_prefix(indent);
  if (line.empty() || (line[0] != '`' && line[0] != '~')) {
    return 0;
  }
  fence = line[0];
  std::size_t n = 0;
  while (n < line.size() && line[n] == fence) {
    ++n;
  }
  return n >= 3 ? n : 0;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : m_text(text), m_lines(text) {}

  std::vector<Mention> run() {
    std::size_t line_start = 0;
    while (line_start < m_text.size()) {
      const std::size_t end = m_text.find('\n', line_start);
      const std::size_t line_end = end == std::string_view::npos ? m_text.size() : end;
      const std::string_view line = m_text.substr(line_start, line_end - line_start);
      char fence = 0;
      if (const std::size_t length = fence_length(line, fence); length > 0 && !m_in_comment) {
        if (m_fence == 0) {
          m_fence = fence;
          m_fence_length = length;
        } else if (fence == m_fence && length >= m_fence_length &&
                   line.find_first_not_of(std::string(" \t\r") + fence) == std::string_view::npos) {
          m_fence = 0;
        }
      } else if (m_fence == 0) {
        scan_line(line_start, line_end);
      }
      line_start = line_end + 1;
    }
    return std::move(m_found);
  }

 private:
  void scan_line(std::size_t at, std::size_t end) {
    while (at < end) {
      if (m_in_comment) {
        const std::size_t close = m_text.substr(0, end).find("-->", at);
        if (close == std::string_view::npos) {
          return;
        }
        m_in_comment = false;
        at = close + 3;
        continue;
      }
      const char c = m_text[at];
      if (c == '<' && m_text.substr(at, 4) == "<!--") {
        m_in_comment = true;
        at += 4;
      } else if (c == '`') {
        at = past_code_span(at, end);
      } else if (c == '\\') {
        at += 2;
      } else if (c == '@') {
        at = citation(at, end);
      } else {
        ++at;
      }
    }
  }

  // Past the code span opening at at: its closing run of as many backticks,
  // or just the opening run when it has none on this line.
  std::size_t past_code_span(std::size_t at, std::size_t end) {
    const auto run_end = [&](std::size_t i) {
      while (i < end && m_text[i] == '`') {
        ++i;
      }
      return i;
    };
    const std::size_t n = run_end(at) - at;
    for (std::size_t i = at + n; i < end;) {
      if (m_text[i] != '`') {
        ++i;
        continue;
      }
      const std::size_t j = run_end(i);
      if (j - i == n) {
        return j;
      }
      i = j;
    }
    return at + n;
  }

  // At an '@': past the citation it starts, if any, which is recorded.
  std::size_t citation(std::size_t at, std::size_t end) {
    std::size_t before = at;
    if (before > 0 && m_text[before - 1] == '-') {  // [-@key]: the author left out
      --before;
    }
    if (before > 0 && blocks_citation(m_text[before - 1])) {
      return at + 1;
    }
    std::size_t i = at + 1;
    if (i < end && m_text[i] == '*') {
      m_found.push_back({Mention::Kind::key, "*", m_lines.line_of(at)});
      return i + 1;
    }
    if (i < end && m_text[i] == '{') {
      const std::size_t close = m_text.substr(0, end).find('}', i);
      if (close == std::string_view::npos) {
        return i;
      }
      const std::string_view key = m_text.substr(i + 1, close - i - 1);
      if (!key.empty()) {
        m_found.push_back({Mention::Kind::key, std::string(key), m_lines.line_of(at)});
      }
      return close + 1;
    }
    if (i >= end || !is_word(m_text[i])) {
      return i;
    }
    std::size_t key_end = i;
    while (key_end < end) {
      if (is_word(m_text[key_end])) {
        ++key_end;
      } else if (is_inner_punctuation(m_text[key_end]) && key_end + 1 < end && is_word(m_text[key_end + 1])) {
        key_end += 2;
      } else {
        break;
      }
    }
    m_found.push_back({Mention::Kind::key, std::string(m_text.substr(i, key_end - i)), m_lines.line_of(at)});
    return key_end;
  }

  std::string_view m_text;
  LineIndex m_lines;
  char m_fence = 0;
  std::size_t m_fence_length = 0;
  bool m_in_comment = false;
  std::vector<Mention> m_found;
};

}  // namespace

std::vector<Mention> scan_markdown(std::string_view text) { return Scanner(text).run(); }

}  // namespace mllmseg::cite
