#include "cite/update_bib.h"

#include <fmt/format.h>
#include <algorithm>

#include "catalog/person.h"
#include "util/text.h"

namespace mllmseg::cite {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_type_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Lowercase ASCII letters and digits only, accents folded: what an entry
// and a mark are compared as, whatever their TeX escaping and braces.
std::string normalized(std::string_view s) {
  std::string out;
  for (char c : fold(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    }
  }
  return out;
}

bool holds_a_mark(std::string_view entry, const NewEntry& fresh) {
  const std::string text = normalized(entry);
  return std::any_of(fresh.marks.begin(), fresh.marks.end(), [&](const std::string& mark) {
    const std::string m = normalized(mark);
    return !m.empty() && text.find(m) != std::string::npos;
  });
}

}  // namespace

Result<std::vector<BibEntrySpan>> scan_bib(std::string_view text, std::string_view file) {
  std::vector<BibEntrySpan> entries;
  std::size_t line = 1;
  std::size_t counted = 0;  // text before this offset is counted in line
  const auto line_at = [&](std::size_t offset) {
    line += static_cast<std::size_t>(std::count(text.begin() + counted, text.begin() + offset, '\n'));
    counted = offset;
    return line;
  };
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at)) {
    const std::size_t start = at;
    std::size_t i = at + 1;
    while (i < text.size() && is_type_char(text[i])) {
      ++i;
    }
    const std::string type = text::to_lower(text.substr(at + 1, i - at - 1));
    while (i < text.size() && is_space(text[i])) {
      ++i;
    }
    if (type.empty() || i >= text.size() || (text[i] != '{' && text[i] != '(')) {
      at = i > at + 1 ? i : at + 1;  // an '@' in the text between entries
      continue;
    }
    const char close = text[i] == '{' ? '}' : ')';
    const std::size_t open = i++;
    int depth = 0;
    while (i < text.size() && !(depth == 0 && text[i] == close)) {
      depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
      ++i;
    }
    if (i >= text.size()) {
      return Error{fmt::format("{}:{}: the entry starting here never ends (its braces do not balance)", file,
                               line_at(start))};
    }
    at = i + 1;
    if (type == "comment" || type == "string" || type == "preamble") {
      continue;
    }
    const std::size_t comma = text.find(',', open);
    const std::string_view key = text::trim(
        text.substr(open + 1, (comma == std::string_view::npos || comma > i ? i : comma) - open - 1));
    entries.push_back(BibEntrySpan{std::string(key), start, at, line_at(start)});
  }
  return entries;
}

BibUpdate update_bib(std::string_view existing, std::span<const BibEntrySpan> entries,
                     std::span<const NewEntry> fresh, std::string_view file) {
  BibUpdate update;
  std::vector<bool> placed(fresh.size());
  std::size_t copied = 0;
  for (const BibEntrySpan& entry : entries) {
    const auto match = std::find_if(fresh.begin(), fresh.end(),
                                    [&](const NewEntry& e) { return text::iequals(e.key, entry.key); });
    if (match == fresh.end()) {
      ++update.kept;
      continue;
    }
    const std::size_t n = static_cast<std::size_t>(match - fresh.begin());
    const std::string_view old_text = existing.substr(entry.begin, entry.end - entry.begin);
    if (!holds_a_mark(old_text, *match)) {
      ++update.kept;
      if (!placed[n]) {
        update.foreign.push_back(fmt::format("{}:{}: kept entry '{}', which is not '{}'", file, entry.line,
                                             text::one_line(entry.key), text::one_line(match->what)));
        update.foreign_keys.push_back(match->key);
      }
      placed[n] = true;
      continue;
    }
    update.text += existing.substr(copied, entry.begin - copied);
    std::string_view replacement = match->text;
    if (replacement.ends_with('\n')) {
      replacement.remove_suffix(1);
    }
    update.text += replacement;
    copied = entry.end;
    ++update.replaced;
    placed[n] = true;
  }
  update.text += existing.substr(copied);
  for (std::size_t n = 0; n < fresh.size(); ++n) {
    if (placed[n]) {
      continue;
    }
    if (!update.text.empty() && !update.text.ends_with("\n\n")) {
      update.text += update.text.ends_with('\n') ? "\n" : "\n\n";
    }
    update.text += fresh[n].text;
    ++update.added;
  }
  return update;
}

}  // namespace mllmseg::cite
