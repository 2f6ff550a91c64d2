#pragma once
// What the catalog loader (catalog/load.cc) holds for a batch of papers in
// flight: their spans as the scanner found them, with the offsets of their
// structural characters for the fast path, and a slot for what reading each
// one gave; and what each reading thread reads with.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/json_value.h"
#include "catalog/paper.h"

namespace mllmseg::loading {

// A paper read, or why not: malformed (left to nlohmann-json), or not a
// valid paper (its message).
struct Slot {
  Paper paper;           // for a PaperSink; its strings' memory reused from one batch to the next
  std::string prepared;  // for a SplitSink: what its prepare made of the paper
  std::string key;       // the paper's key, with a SplitSink
  bool malformed = false;
  std::optional<std::string> error;
};
// What one thread reads papers with.
struct Worker {
  json::ValueReader reader;
  json::Tree tree;
  Paper paper;  // each paper for a SplitSink, read here while it is prepared
};
struct Batch {
  std::vector<json::Scanner::Span> spans;
  // The offsets of each span's structural characters, one after another:
  // span i's are structurals[marks[i], marks[i + 1]).
  std::vector<std::uint32_t> structurals;
  std::vector<std::uint32_t> marks;
  std::vector<Slot> slots;
  std::size_t first = 0;  // papers[first] is its first paper
  bool tail = false;      // its last span is in the scanner's padded copy

  void clear() {
    spans.clear();
    structurals.clear();
    marks.clear();
    tail = false;
  }
  std::span<const std::uint32_t> structurals_of(std::size_t i) const {
    return {structurals.data() + marks[i], marks[i + 1] - marks[i]};
  }
};

}  // namespace mllmseg::loading
