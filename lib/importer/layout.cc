#include "importer/layout.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "importer/entry_line.h"
#include "importer/headings.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

class Lines {
 public:
  explicit Lines(std::string_view text) : m_text(text) {
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      m_lines.push_back({start, text.substr(start, end - start)});
      start = end + 1;
    }
  }

  // Offset of the start of line (from 1); the end of the text past the last.
  std::size_t offset(int line) const {
    return line >= 1 && line <= static_cast<int>(m_lines.size())
               ? m_lines[static_cast<std::size_t>(line - 1)].first
               : m_text.size();
  }

  std::string_view at(int line) const { return m_lines[static_cast<std::size_t>(line - 1)].second; }

  int count() const { return static_cast<int>(m_lines.size()); }

  // The text from the start of line from to the start of line to.
  std::string between(int from, int to) const {
    const std::size_t a = offset(from);
    const std::size_t b = offset(to);
    return b > a ? std::string(m_text.substr(a, b - a)) : std::string();
  }

 private:
  std::string_view m_text;
  std::vector<std::pair<std::size_t, std::string_view>> m_lines;
};

// The parent a re-import of the export finds for a section of this level:
// the nearest heading before it of a lower level, when that is one level up.
std::optional<std::string> parent_seen(const std::vector<HeadingLine>& before, int level) {
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (it->level < level) {
      return it->level == level - 1 ? std::optional<std::string>(it->text) : std::nullopt;
    }
  }
  return std::nullopt;
}

// The last line from line from on that a re-import of the export reads as
// an entry, 0 when none. The export writes the text from there after the
// headings shown, so a heading there whose parent was before it in the list
// has another parent in the export, and one that took no entries in the list
// (under "## Image Segmentation", which names no task) may take them there
// (under "## Referring Expression Segmentation").
int last_read_as_entry(const Lines& lines, int from, const std::vector<HeadingLine>& shown,
                       const std::vector<HeadingLine>& headings, const std::vector<bool>& hidden) {
  struct Open {
    int level;
    bool takes;
  };
  std::vector<Open> open;
  bool takes = false;
  const auto enter = [&](const HeadingLine& h) {
    while (!open.empty() && open.back().level >= h.level) {
      open.pop_back();
    }
    takes = takes_entries(tasks_named_by(h.text), !open.empty() && open.back().takes);
    open.push_back({h.level, takes});
  };
  for (const HeadingLine& h : shown) {
    enter(h);
  }
  auto next =
      std::find_if(headings.begin(), headings.end(), [&](const HeadingLine& h) { return h.line >= from; });
  int last = 0;
  for (int n = from; n <= lines.count(); ++n) {
    if (next != headings.end() && next->line == n) {
      enter(*next++);
    } else if (takes && !hidden[static_cast<std::size_t>(n - 1)] && is_entry_line(lines.at(n))) {
      last = n;
    }
  }
  return last;
}

}  // namespace

Layout lay_out(std::string_view text, int title_line, const std::vector<HeadingLine>& headings,
               const std::vector<SectionPlace>& places, const std::vector<bool>& hidden) {
  Layout layout;
  if (places.empty()) {
    return layout;
  }
  const Lines lines(text);
  int previous_end = title_line;
  int preamble_end = 0;
  for (std::size_t s = 0; s < places.size(); ++s) {
    const SectionPlace& p = places[s];
    Section section = p.section;
    const bool with_parent = p.parent_line != 0 && p.parent_line > previous_end;
    const int group_start = with_parent ? p.parent_line : p.heading_line;
    const bool has_blank = group_start - 1 > previous_end && text::trim(lines.at(group_start - 1)).empty();
    section.blank_line = has_blank ? std::string(lines.at(group_start - 1)) : std::string();
    if (s == 0) {
      preamble_end = has_blank ? group_start - 1 : group_start;
      layout.preamble = lines.between(title_line + 1, preamble_end);
    }
    previous_end = std::max(previous_end, p.last_entry_line);
    layout.sections.push_back(std::move(section));
  }

  // Parents as the export will be read back. The export writes a section's
  // parent heading only when it differs from the last one it wrote; what a
  // re-import then sees above a section is the preamble's headings and the
  // headings written so far. A parent the export would not show that way
  // (the list had another heading in between) becomes the one it will show.
  std::vector<HeadingLine> shown;
  for (const HeadingLine& h : headings) {
    if (h.line > title_line && h.line < preamble_end) {
      shown.push_back(h);
    }
  }
  std::string written;
  for (Section& section : layout.sections) {
    std::optional<std::string> parent = section.parent;
    if (!parent || *parent == written) {
      parent = parent_seen(shown, section.level);
    }
    if (parent && *parent != written) {
      shown.push_back({0, section.level - 1, *parent});
      written = *parent;
    } else if (!parent) {
      written.clear();
    }
    section.parent = std::move(parent);
    shown.push_back({0, section.level, section.heading});
  }

  // The epilogue is what follows the last entry, less what the export would
  // make entries of (and what comes before that).
  int epilogue_line = previous_end + 1;
  while (const int entry_line = last_read_as_entry(lines, epilogue_line, shown, headings, hidden)) {
    layout.left_out_from = previous_end + 1;
    layout.left_out_to = entry_line;
    epilogue_line = entry_line + 1;
  }
  layout.epilogue = std::string(text.substr(lines.offset(epilogue_line)));
  return layout;
}

}  // namespace mllmseg::importer
