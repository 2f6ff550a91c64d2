#include "importer/list_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "catalog/venue.h"
#include "importer/blocks.h"
#include "importer/encoding.h"
#include "importer/headings.h"
#include "importer/layout.h"
#include "importer/links.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

// The anchor GitHub gives a heading: lowercase, punctuation other than '-'
// dropped, spaces as '-'.
std::string github_anchor(std::string_view heading) {
  std::string out;
  for (char c : text::to_lower(heading)) {
    if (c == ' ') {
      out += '-';
    } else if (c == '-' || c == '_' || text::is_token_byte(c)) {
      out += c;
    }
  }
  return out;
}

// Whether the catalog can date the entry: a venue with a year, or an arXiv id.
bool has_date(const EntryLine& fields) {
  if (const auto parts = parse_venue(fields.venue); parts && parts->year) {
    return true;
  }
  const auto real = unwrap(fields.pdf);
  return arxiv_id(real ? real->url : fields.pdf).has_value();
}

// A heading of the list while it is read.
struct Heading {
  HeadingLine at;
  int parent_line = 0;  // the enclosing heading one level up, 0 when none
  std::string parent;
  TaskSet tasks = 0;
  // The heading whose section takes this heading's entries: itself when it
  // names one task, else the nearest enclosing heading that does (a "### 2025"
  // under "## Video Segmentation"); none when neither.
  std::optional<std::size_t> owner;
  std::optional<std::size_t> section;  // the catalog section its entries go to
  int previous_number = 0;
  std::vector<int> unmapped_lines;  // entry lines under a heading with no single task
};

class Parser {
 public:
  explicit Parser(std::string_view text) : m_text(text) {}

  ParsedList parse() {
    const std::vector<std::string_view> lines = lines_of(m_text);
    const std::vector<HiddenBlock> blocks = hidden_blocks(lines);
    m_hidden = hidden_lines(blocks, lines.size());
    auto block = blocks.begin();
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (block != blocks.end() && block->first == static_cast<int>(i + 1)) {
        skip_block(*block, lines);
        i = static_cast<std::size_t>(block++->last) - 1;
        continue;
      }
      const std::size_t first = i;
      std::string joined;
      while (item_number(lines[first]) && i + 1 < lines.size() && !m_hidden[i + 1] &&
             continues_item(lines[i + 1])) {
        if (joined.empty()) {
          joined = std::string(text::trim(lines[first]));
        }
        joined += ' ';
        joined += text::trim(lines[++i]);
      }
      m_last_line = static_cast<int>(i + 1);
      if (joined.empty()) {
        read_line(static_cast<int>(first + 1), lines[first]);
        continue;
      }
      // A person reads an item whose text runs on to the next lines as one
      // item, and so does CommonMark (a lazy continuation line).
      diagnose(static_cast<int>(first + 1), "continued-entry",
               fmt::format("the entry runs on to line {}; read as one entry", m_last_line), false);
      read_line(static_cast<int>(first + 1), joined);
    }
    report_unmapped();
    check_contents(lines);
    lay_out_sections();
    return std::move(m_list);
  }

 private:
  void diagnose(int line, std::string rule, std::string message, bool dropped) {
    m_list.diagnostics.push_back({line, {}, std::move(rule), std::move(message), dropped});
  }

  // A block the rendered list does not show as list text: its entries are
  // skipped, as the renderer skips them, with a word when they would have
  // been read (under a heading that takes entries, or one of its own).
  void skip_block(const HiddenBlock& block, const std::vector<std::string_view>& lines) {
    std::size_t entries = 0;
    bool heading = !m_headings.empty() && m_headings.back().owner;
    for (int n = block.first; n <= block.last; ++n) {
      const std::string_view line = lines[static_cast<std::size_t>(n - 1)];
      entries += is_entry_line(line) && looks_like_entry(line) ? 1U : 0U;
      const auto h = heading_of(n, line);
      heading = heading || (h && tasks_named_by(h->text) != 0);
    }
    if (entries == 0 || !heading) {
      return;
    }
    const bool comment = block.kind == HiddenBlock::Kind::comment;
    const std::string_view what = comment ? "an HTML comment" : "a fenced code block";
    const std::string_view shown = comment ? "does not show" : "shows as code";
    const std::string its = entries == 1 ? "its entry is" : fmt::format("its {} entries are", entries);
    const std::string lines_are = block.first == block.last
                                      ? fmt::format("line {} is", block.first)
                                      : fmt::format("lines {}-{} are", block.first, block.last);
    diagnose(block.first, "hidden-entry",
             block.closed
                 ? fmt::format("{} {}, which the rendered list {}: {} skipped", lines_are, what, shown, its)
                 : fmt::format("{} opened here is never closed, so the rendered list {} (lines "
                               "{}-{}): {} skipped",
                               what, comment ? "does not show the rest" : "shows the rest as code",
                               block.first, block.last, its),
             false);
  }

  void read_line(int number, std::string_view line) {
    if (const auto found = find_mojibake(line)) {
      diagnose(number, "mis-encoded",
               fmt::format("\"{}\" looks like UTF-8 read as {}: it was probably \"{}\"", found->seen,
                           found->encoding, found->meant),
               false);
    }
    if (auto heading = heading_of(number, line)) {
      start_heading(std::move(*heading));
      return;
    }
    if (m_headings.empty()) {
      return;
    }
    Heading& h = m_headings.back();
    const auto item = item_number(line);
    if (!h.owner) {
      if (item && looks_like_entry(line)) {
        h.unmapped_lines.push_back(number);
      }
      return;
    }
    if (!is_entry_line(line)) {
      return;
    }
    Heading& owner = m_headings[*h.owner];
    section_for(owner).last_entry_line = m_last_line;
    if (!item) {
      diagnose(number, "unparsed-entry", "entry is not a numbered item (\"N. ...\"); not imported", true);
      return;
    }
    if (*item != h.previous_number + 1) {
      diagnose(number, "entry-number",
               h.previous_number == 0 ? fmt::format("first entry of \"{}\" is numbered {}", h.at.text, *item)
                                      : fmt::format("entry numbered {} follows {}", *item, h.previous_number),
               false);
    }
    h.previous_number = *item;
    auto fields = parse_entry_line(line);
    if (fields && !has_date(*fields)) {
      fields = Error{fmt::format("venue {} has no year and the paper has no arXiv id", fields->venue)};
    }
    if (!fields) {
      diagnose(number, "unparsed-entry",
               fmt::format("entry {} cannot be read: {}; not imported", *item, fields.error()), true);
      return;
    }
    add_entry(owner, number, std::move(*fields));
  }

  void start_heading(HeadingLine heading) {
    if (heading.level == 1 && m_title_line == 0 && m_list.sections.empty()) {
      m_list.title = heading.text;
      m_title_line = heading.line;
      m_headings.clear();
      return;
    }
    Heading h;
    h.tasks = tasks_named_by(heading.text);
    std::optional<std::size_t> parent;  // the enclosing heading
    for (std::size_t i = m_headings.size(); i-- > 0;) {
      if (m_headings[i].at.level < heading.level) {
        parent = i;
        break;
      }
    }
    // A section's parent, as the catalog (and the markdown export) has it, is
    // the enclosing heading one level up.
    if (parent && m_headings[*parent].at.level == heading.level - 1) {
      h.parent_line = m_headings[*parent].at.line;
      h.parent = m_headings[*parent].at.text;
    }
    if (takes_entries(h.tasks, parent && m_headings[*parent].owner)) {
      h.owner = h.tasks != 0 ? m_headings.size() : m_headings[*parent].owner;
    }
    h.at = std::move(heading);
    m_headings.push_back(std::move(h));
  }

  SectionPlace& section_for(Heading& h) {
    if (h.section) {
      return m_places[*h.section];
    }
    const Task task = *first_task(h.tasks);
    if (const auto it = m_section_of_task.find(task); it != m_section_of_task.end()) {
      diagnose(h.at.line, "repeated-section",
               fmt::format("section \"{}\" is about {} like \"{}\" above; its entries are listed after that "
                           "section's",
                           h.at.text, task_id(task), m_list.sections[it->second].heading),
               false);
      h.section = it->second;
      return m_places[it->second];
    }
    Section section;
    section.task = task;
    section.heading = h.at.text;
    section.level = h.at.level;
    if (h.parent_line != 0) {
      section.parent = h.parent;
    }
    h.section = m_list.sections.size();
    m_section_of_task[task] = m_list.sections.size();
    m_list.sections.push_back(section);
    m_places.push_back({std::move(section), h.at.line, h.parent_line, h.at.line});
    return m_places.back();
  }

  static std::optional<Task> first_task(TaskSet tasks) {
    for (Task t : k_all_tasks) {
      if (has_task(tasks, t)) {
        return t;
      }
    }
    return std::nullopt;
  }

  void add_entry(const Heading& h, int line, EntryLine fields) {
    ListEntry entry;
    entry.line = line;
    entry.task = m_list.sections[*h.section].task;
    entry.number = fields.number;
    const std::size_t position = ++m_read_in_section[*h.section];
    if (fields.id) {
      entry.id = *fields.id;
    } else {
      entry.id = std::to_string((*h.section + 1) * 1000 + position);
      diagnose(line, "missing-anchor",
               fmt::format("entry {} has no <span id = \"...\"> anchor; the catalog gives it id {}",
                           fields.number, entry.id),
               false);
    }
    if (const auto [it, inserted] = m_anchor_lines.emplace(entry.id, line); !inserted) {
      diagnose(line, "duplicate-anchor",
               fmt::format("anchor id {} is also used at line {}", entry.id, it->second), false);
    }
    for (const std::string& ignored : fields.ignored) {
      diagnose(line, "ignored-text", fmt::format("\"{}\" has no place in the catalog; left out", ignored),
               false);
    }
    entry.fields = std::move(fields);
    m_list.entries.push_back(std::move(entry));
  }

  void report_unmapped() {
    for (const Heading& h : m_headings) {
      if (h.unmapped_lines.empty()) {
        continue;
      }
      const std::size_t count = h.unmapped_lines.size();
      const std::string lines =
          count == 1 ? fmt::format("line {}", h.unmapped_lines.front())
                     : fmt::format("lines {}-{}", h.unmapped_lines.front(), h.unmapped_lines.back());
      const std::string why = h.tasks == 0
                                  ? fmt::format("names no task (a heading needs the word {})", k_task_words)
                                  : fmt::format("names more than one task ({})", task_list(h.tasks, ", "));
      diagnose(h.at.line, "unknown-section",
               fmt::format("section \"{}\" {}; its {} {} ({}) {} not imported", h.at.text, why, count,
                           count == 1 ? "entry" : "entries", lines, count == 1 ? "was" : "were"),
               true);
    }
  }

  // A heading the Contents spells another way: its link there leads nowhere
  // (GitHub makes a heading's anchor from its text), and one of the two has
  // a typo.
  void check_contents(const std::vector<std::string_view>& lines) {
    std::vector<std::pair<std::string, std::string>> contents;  // text, anchor
    for (std::size_t n = 0; n < lines.size(); ++n) {
      const std::string_view line = m_hidden[n] ? std::string_view() : lines[n];
      for (auto at = line.find("](#"); at != std::string_view::npos; at = line.find("](#", at + 3)) {
        const auto open = line.rfind('[', at);
        const auto close = line.find(')', at);
        if (open != std::string_view::npos && close != std::string_view::npos) {
          contents.emplace_back(std::string(line.substr(open + 1, at - open - 1)),
                                std::string(line.substr(at + 3, close - at - 3)));
        }
      }
    }
    std::vector<std::string> anchors;
    for (const Heading& h : m_headings) {
      anchors.push_back(github_anchor(h.at.text));
    }
    const auto has = [](const auto& list, const std::string& anchor, auto project) {
      return std::any_of(list.begin(), list.end(), [&](const auto& x) { return project(x) == anchor; });
    };
    for (std::size_t i = 0; i < m_headings.size(); ++i) {
      if (has(contents, anchors[i], [](const auto& c) { return c.second; })) {
        continue;
      }
      for (const auto& [label, anchor] : contents) {
        if (!has(anchors, anchor, [](const std::string& a) { return a; }) &&
            text::edit_distance(anchor, anchors[i], 2) <= 2) {
          diagnose(
              m_headings[i].at.line, "heading-typo",
              fmt::format("heading \"{}\" differs from its entry in the Contents, \"{}\", whose link #{} "
                          "leads nowhere",
                          m_headings[i].at.text, label, anchor),
              false);
          break;
        }
      }
    }
  }

  // The catalog's sections are those with an entry read; the text around
  // them is laid out as the markdown export writes it.
  void lay_out_sections() {
    TaskSet read = 0;
    for (const ListEntry& e : m_list.entries) {
      read |= task_bit(e.task);
    }
    std::vector<SectionPlace> kept;
    for (const SectionPlace& place : m_places) {
      if (has_task(read, place.section.task)) {
        kept.push_back(place);
      }
    }
    std::vector<HeadingLine> headings;
    for (const Heading& h : m_headings) {
      headings.push_back(h.at);
    }
    Layout layout = lay_out(m_text, m_title_line, headings, kept, m_hidden);
    if (layout.left_out_from != 0) {
      const int from = layout.left_out_from;
      const int to = layout.left_out_to;
      diagnose(from, "unknown-section",
               fmt::format("the text after the last entry ({}) is left out: the markdown export writes "
                           "it after the entries of \"{}\", where line {} would be read as an entry",
                           from == to ? fmt::format("line {}", from) : fmt::format("lines {}-{}", from, to),
                           layout.sections.back().heading, to),
               true);
    }
    m_list.preamble = std::move(layout.preamble);
    m_list.epilogue = std::move(layout.epilogue);
    m_list.sections = std::move(layout.sections);
  }

  std::string_view m_text;
  std::vector<bool> m_hidden;  // by line (index line - 1): in a hidden block
  int m_last_line = 0;         // the last line of the entry being read
  ParsedList m_list;
  int m_title_line = 0;
  std::vector<Heading> m_headings;
  std::vector<SectionPlace> m_places;  // one per section, as m_list.sections until laid out
  std::map<Task, std::size_t> m_section_of_task;
  std::map<std::size_t, std::size_t> m_read_in_section;  // entries read so far, by section
  std::map<std::string, int> m_anchor_lines;
};

}  // namespace

ParsedList parse_list(std::string_view text) { return Parser(text).parse(); }

}  // namespace mllmseg::importer
