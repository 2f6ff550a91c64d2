#include "importer/blocks.h"

#include <algorithm>

#include "importer/entry_line.h"
#include "importer/unescape.h"
#include "util/text.h"

namespace mllmseg::importer {

namespace {

// The spaces a line starts with (a tab counts as four, so as too many).
std::size_t indent_of(std::string_view line) {
  const std::size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

// A code fence: its character and length.
struct Fence {
  char c = '`';
  std::size_t length = 0;
};

// The fence line opens, when it opens one.
std::optional<Fence> opening_fence(std::string_view line) {
  const std::size_t indent = indent_of(line);
  if (indent > 3 || indent >= line.size() || (line[indent] != '`' && line[indent] != '~')) {
    return std::nullopt;
  }
  const char c = line[indent];
  const std::size_t end = std::min(line.find_first_not_of(c, indent), line.size());
  if (end - indent < 3 || (c == '`' && line.find('`', end) != std::string_view::npos)) {
    return std::nullopt;
  }
  return Fence{c, end - indent};
}

bool closes_fence(std::string_view line, const Fence& fence) {
  const std::size_t indent = indent_of(line);
  if (indent > 3 || indent >= line.size() || line[indent] != fence.c) {
    return false;
  }
  const std::size_t end = std::min(line.find_first_not_of(fence.c, indent), line.size());
  return end - indent >= fence.length && line.find_first_not_of(" \t", end) == std::string_view::npos;
}

bool opens_comment(std::string_view line) {
  const std::size_t indent = indent_of(line);
  return indent <= 3 && line.substr(indent).starts_with("<!--");
}

}  // namespace

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::optional<HeadingLine> heading_of(int number, std::string_view line) {
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') {
    ++level;
  }
  if (level == 0 || level > 6 || level >= line.size() || (line[level] != ' ' && line[level] != '\t')) {
    return std::nullopt;
  }
  std::string_view text = text::trim(line.substr(level));
  // A closing sequence ("## Video ##") is #s after a space; "C#" keeps its #,
  // and so does "\#", which is how the export writes a # that ends a heading.
  const auto hashes = text.find_last_not_of('#');
  if (hashes == std::string_view::npos) {
    text = {};
  } else if (hashes + 1 < text.size() && (text[hashes] == ' ' || text[hashes] == '\t')) {
    text = text::trim(text.substr(0, hashes));
  }
  return HeadingLine{number, static_cast<int>(level), unescape(text)};
}

bool continues_item(std::string_view line) {
  const std::string_view t = text::trim(line);
  if (t.empty() || t.starts_with('#') || item_number(line) || t.starts_with("<!--") || t.starts_with("```") ||
      t.starts_with("~~~") || t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ") ||
      t.starts_with('>')) {
    return false;
  }
  return true;
}

std::vector<HiddenBlock> hidden_blocks(const std::vector<std::string_view>& lines) {
  std::vector<HiddenBlock> blocks;
  const int count = static_cast<int>(lines.size());
  const auto at = [&](int n) { return lines[static_cast<std::size_t>(n - 1)]; };
  for (int n = 1; n <= count; ++n) {
    HiddenBlock block;
    block.first = n;
    if (opens_comment(at(n))) {
      block.kind = HiddenBlock::Kind::comment;
      int end = n;
      while (end <= count && at(end).find("-->") == std::string_view::npos) {
        ++end;
      }
      block.closed = end <= count;
      block.last = std::min(end, count);
    } else if (const auto fence = opening_fence(at(n))) {
      block.kind = HiddenBlock::Kind::code;
      int end = n + 1;
      while (end <= count && !closes_fence(at(end), *fence)) {
        ++end;
      }
      block.closed = end <= count;
      block.last = std::min(end, count);
    } else {
      continue;
    }
    blocks.push_back(block);
    n = block.last;
  }
  return blocks;
}

std::vector<bool> hidden_lines(const std::vector<HiddenBlock>& blocks, std::size_t count) {
  std::vector<bool> hidden(count);
  for (const HiddenBlock& b : blocks) {
    for (int n = b.first; n <= b.last; ++n) {
      hidden[static_cast<std::size_t>(n - 1)] = true;
    }
  }
  return hidden;
}

}  // namespace mllmseg::importer
