#include "cite/latex.h"
#include "util/text.h"

#include <algorithm>
#include <string>

namespace mllmseg::cite {

namespace {

constexpr std::string_view k_cite_commands[] = {
    "cite",      "citep",       "citet",    "citealt",     "citealp",  "citeauthor",
    "citeyear",  "citeyearpar", "citenum",  "citetitle",   "citeurl",  "citedate",
    "nocite",    "autocite",    "textcite", "parencite",   "footcite", "footcitetext",
    "smartcite", "supercite",   "fullcite", "footfullcite"};
constexpr std::string_view k_multicite_commands[] = {"cites",      "autocites", "textcites",
                                                     "parencites", "footcites", "footcitetexts",
                                                     "smartcites", "supercites"};
constexpr std::string_view k_verbatim_environments[] = {"verbatim",   "verbatim*", "Verbatim",
                                                        "Verbatim*",  "BVerbatim", "LVerbatim",
                                                        "lstlisting", "minted",    "comment"};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

template <std::size_t N>
bool listed(const std::string_view (&names)[N], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// \Cite, \Textcite ...: the capitalised forms of the same commands.
std::string uncapitalised(std::string_view name) {
  std::string out(name);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  }
  return out;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : m_text(text), m_lines(text) {}

  std::vector<Mention> run() {
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == '%') {
        skip_comment();
      } else if (c == '\\') {
        command();
      } else {
        ++m_at;
      }
    }
    return std::move(m_found);
  }

 private:
  void skip_comment() {
    const std::size_t end = m_text.find('\n', m_at);
    m_at = end == std::string_view::npos ? m_text.size() : end;
  }

  // At a backslash: the command's name (letters), or "" for a control
  // symbol (\%, \\, \{), which is skipped with its character.
  std::string_view read_name() {
    const std::size_t start = ++m_at;
    while (m_at < m_text.size() && is_letter(m_text[m_at])) {
      ++m_at;
    }
    if (m_at == start) {
      if (m_at < m_text.size()) {
        ++m_at;
      }
      return {};
    }
    return m_text.substr(start, m_at - start);
  }

  void skip_space() {
    while (m_at < m_text.size()) {
      if (is_space(m_text[m_at])) {
        ++m_at;
      } else if (m_text[m_at] == '%') {
        skip_comment();
      } else {
        return;
      }
    }
  }

  // At open: past the matching close (braces nest; escaped characters and
  // comments do not count). Returns the inside, or false when it never ends.
  bool read_group(char open, char close, std::size_t& begin, std::size_t& end) {
    if (m_at >= m_text.size() || m_text[m_at] != open) {
      return false;
    }
    int braces = 0;
    begin = ++m_at;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == '\\') {
        m_at += 2;
        continue;
      }
      if (c == '%') {
        skip_comment();
        continue;
      }
      if (c == close && braces == 0) {
        end = m_at++;
        return true;
      }
      braces += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (braces < 0) {  // an unbalanced } ends the group's paragraph
        return false;
      }
      ++m_at;
    }
    return false;
  }

  // The keys of a group, split at commas, comments left out.
  void keys(std::size_t begin, std::size_t end) {
    std::string key;
    std::size_t key_start = std::string_view::npos;
    const auto finish = [&] {
      const std::string_view k = text::trim(key);
      if (!k.empty() && k.find('#') == std::string_view::npos) {
        m_found.push_back({Mention::Kind::key, std::string(k), m_lines.line_of(key_start)});
      }
      key.clear();
      key_start = std::string_view::npos;
    };
    for (std::size_t i = begin; i < end; ++i) {
      const char c = m_text[i];
      if (c == '%') {
        while (i < end && m_text[i] != '\n') {
          ++i;
        }
        continue;
      }
      if (c == ',') {
        finish();
        continue;
      }
      if (key_start == std::string_view::npos && !is_space(c)) {
        key_start = i;
      }
      key += c;
    }
    finish();
  }

  void citation(bool multi) {
    if (m_at < m_text.size() && m_text[m_at] == '*') {
      ++m_at;
    }
    for (;;) {
      skip_space();
      std::size_t begin = 0;
      std::size_t end = 0;
      const std::size_t before = m_at;
      if (read_group('[', ']', begin, end) || (multi && read_group('(', ')', begin, end))) {
        continue;
      }
      m_at = before;
      if (!read_group('{', '}', begin, end)) {
        m_at = before;
        return;
      }
      keys(begin, end);
      if (!multi) {
        return;
      }
    }
  }

  void file(std::string_view name, std::size_t line) {
    skip_space();
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string path;
    if (name == "import" || name == "subimport") {
      if (!read_group('{', '}', begin, end)) {
        return;
      }
      path = std::string(text::trim(m_text.substr(begin, end - begin)));
      if (!path.empty() && path.back() != '/') {
        path += '/';
      }
      skip_space();
    }
    if (read_group('{', '}', begin, end)) {
      path += text::trim(m_text.substr(begin, end - begin));
    } else if (name == "input") {  // TeX's \input file, ended by a space
      begin = m_at;
      while (m_at < m_text.size() && !is_space(m_text[m_at]) && m_text[m_at] != '\\' && m_text[m_at] != '}') {
        ++m_at;
      }
      path += m_text.substr(begin, m_at - begin);
    } else {
      return;
    }
    if (!path.empty() && path.find('#') == std::string::npos) {
      m_found.push_back({Mention::Kind::file, std::move(path), line});
    }
  }

  // Past \end{environment}, or to the end of the text.
  void skip_environment(std::string_view environment) {
    const std::string end = "\\end{" + std::string(environment) + "}";
    const std::size_t at = m_text.find(end, m_at);
    m_at = at == std::string_view::npos ? m_text.size() : at + end.size();
  }

  // Past the \fi that closes an \iffalse, counting the \if... inside.
  void skip_false_branch() {
    int depth = 1;
    while (m_at < m_text.size() && depth > 0) {
      if (m_text[m_at] == '%') {
        skip_comment();
      } else if (m_text[m_at] == '\\') {
        const std::string_view name = read_name();
        depth += name.starts_with("if") ? 1 : name == "fi" ? -1 : 0;
      } else {
        ++m_at;
      }
    }
  }

  void command() {
    const std::size_t start = m_at;
    const std::string_view name = read_name();
    if (name.empty()) {
      return;
    }
    if (is_cite_command(name)) {
      citation(is_multicite_command(name));
    } else if (name == "input" || name == "include" || name == "subfile" || name == "import" ||
               name == "subimport") {
      file(name, m_lines.line_of(start));
    } else if (name == "verb" && m_at < m_text.size()) {
      if (m_text[m_at] == '*') {
        ++m_at;
      }
      if (m_at < m_text.size()) {
        const std::size_t end = m_text.find_first_of(std::string{m_text[m_at], '\n'}, m_at + 1);
        m_at = end == std::string_view::npos ? m_text.size() : end + 1;
      }
    } else if (name == "begin") {
      skip_space();
      std::size_t begin = 0;
      std::size_t end = 0;
      if (read_group('{', '}', begin, end)) {
        const std::string_view environment = m_text.substr(begin, end - begin);
        if (listed(k_verbatim_environments, environment)) {
          skip_environment(environment);
        }
      }
    } else if (name == "iffalse") {
      skip_false_branch();
    }
  }

  std::string_view m_text;
  LineIndex m_lines;
  std::size_t m_at = 0;
  std::vector<Mention> m_found;
};

}  // namespace

bool is_cite_command(std::string_view name) {
  const std::string lower = uncapitalised(name);
  return listed(k_cite_commands, lower) || listed(k_multicite_commands, lower);
}

bool is_multicite_command(std::string_view name) { return listed(k_multicite_commands, uncapitalised(name)); }

std::vector<Mention> scan_latex(std::string_view text) { return Scanner(text).run(); }

}  // namespace mllmseg::cite
