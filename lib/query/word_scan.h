#pragma once
// Where query words occur, found by reading every paper once: the counts
// search ranks by, without an index. A command runs one query, so building
// an inverted index first would read every paper anyway and then some. A
// store restored from a snapshot may carry one (store/word_index.h): then the
// same counts are read from it instead.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "query/search.h"
#include "query/text_index.h"
#include "store/store.h"

namespace mllmseg {

// Occurrences of a word in a paper, by field (name, title, venue, abstract):
// 1 when the name contains the word; else the number of the field's words
// that start with it, plus k_stem_weight for each word that only shares its
// stem ("reinforcing" for "reinforcement"). Counts are halves far below
// 2^23, which a float holds exactly, in half a double's memory (a common
// word matches a fifth of a large catalog).
using FieldCounts = std::array<float, k_field_count>;
inline constexpr float k_stem_weight = 0.5F;

struct WordHit {
  DocId doc = 0;
  FieldCounts counts{};
  bool direct = false;  // the name contains the word or a field word starts with it
};

struct WordScan {
  // For each query word: the allowed papers where it occurs within its
  // scope, in list order.
  std::vector<std::vector<WordHit>> hits;
  // For each query word: whether any paper has it, or a word of its stem, in
  // any field, whatever the scope and filters (a word that is not known may
  // be a typo).
  std::vector<bool> known;
  // Words in each paper's name and title, the length BM25 normalises by
  // (read in the word index, or counted by the scan), and their average
  // over the catalog (at least 1).
  std::span<const std::uint32_t> length() const {
    return counted_length.empty() ? index_length : counted_length;
  }
  std::span<const std::uint32_t> index_length;
  std::vector<std::uint32_t> counted_length;
  double average_length = 1.0;
};

// allowed: one flag a paper, or empty for every paper.
// A large store without a word index is read on two threads.
WordScan scan_words(const Store& store, const std::vector<SearchWord>& words,
                    const std::vector<bool>& allowed);
// The same, reading a store without a word index in runs of papers at
// once, each on its own thread: the result is the same for any runs.
WordScan scan_words(const Store& store, const std::vector<SearchWord>& words,
                    const std::vector<bool>& allowed, std::size_t runs);

}  // namespace mllmseg
