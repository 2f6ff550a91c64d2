#pragma once
// The word index search can keep with a snapshot: every distinct lowercase
// token of titles, venues and abstracts (sorted, with the papers and fields
// it occurs in), each token's Snowball stem, the papers' lowercased names
// (for substring matches) and each paper's length, in flat arrays. Built
// once from a store (build) or viewed over bytes mapped from a file (view),
// which are checked first: a query never reads outside them.
//
// Blocks (blocks(), view()), in this order, little-endian, each an array of
// one element type; T terms, P postings, S stems, N papers:
//   0 header        u64[3]  format version (1), N, total length
//   1 term_text     char[]  the terms, sorted (bytewise), concatenated
//   2 term_start    u64[T+1]  term t is term_text[term_start[t], term_start[t+1])
//   3 posting_start u64[T+1]  term t's postings are [posting_start[t], posting_start[t+1])
//   4 posting_doc   u32[P]  paper of each posting, rising within a term
//   5 posting_tag   u8[P]   field (1 title, 2 venue, 3 abstract) | count (1..63) << 2;
//                           a larger count is split over postings of the same paper
//   6 stem_text     char[]  the distinct stems of the terms, sorted, concatenated
//   7 stem_start    u64[S+1]  stem s is stem_text[stem_start[s], stem_start[s+1])
//   8 stem_term_start u32[S+1]  stem s's terms are stem_terms[stem_term_start[s], ...[s+1])
//   9 stem_terms    u32[T]  term ids grouped by stem, rising within a stem
//  10 names         char[]  each paper's name lowercased (ASCII), concatenated
//  11 name_start    u64[N+1]  paper i's name is names[name_start[i], name_start[i+1])
//  12 length        u32[N]  tokens in each paper's title and name
// Offsets start at 0, never fall, and end at their array's size; every term
// has a posting and every stem a term. What view() cannot check cheaply
// is whether each stem is its terms' stem: wrong bytes there give wrong
// answers, never a read out of bounds.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "store/postings.h"
#include "util/result.h"

namespace mllmseg {

class Store;

class WordIndex {
 public:
  static constexpr std::size_t k_blocks = 13;
  static constexpr std::uint64_t k_version = 1;
  // Field numbers of posting_tag, as query/text_index.h's Field numbers them.
  static constexpr std::uint8_t k_title = 1;
  static constexpr std::uint8_t k_venue = 2;
  static constexpr std::uint8_t k_abstract = 3;
  static constexpr std::uint32_t k_max_count = 63;

  struct Posting {
    DocId doc;
    std::uint8_t field;  // k_title, k_venue or k_abstract
    std::uint32_t count;
  };

  // One pass over the store's papers: in two runs on two threads from
  // k_parallel_from papers on.
  static WordIndex build(const Store& store);
  // The same in as many runs, each on a thread: the same index whatever
  // their number.
  static WordIndex build(const Store& store, std::size_t runs);
  static constexpr std::size_t k_parallel_from = 65536;
  // An index over blocks (as blocks() gives them) in memory that outlives
  // it; each block must start at an address aligned for its element type.
  // An error naming the first thing wrong with them. file_mapped: the blocks
  // are a read-only mapping of a file, whose pages are handed back once read
  // (util/pages.h) when a query reads a whole block.
  static Result<WordIndex> view(std::span<const std::string_view> blocks, std::size_t papers,
                                bool file_mapped = false);

  // The index as k_blocks blocks of bytes, laid out as described above.
  std::vector<std::string_view> blocks() const;

  std::size_t papers() const { return m_length.size(); }
  std::size_t terms() const { return m_term_start.size() - 1; }
  std::string_view term(std::uint32_t t) const;
  // Terms [first, last) that start with prefix.
  std::pair<std::uint32_t, std::uint32_t> prefix_range(std::string_view prefix) const;
  // Terms whose stem is stem, rising.
  std::span<const std::uint32_t> stem_terms(std::string_view stem) const;
  // How many postings term t has.
  std::size_t posting_count(std::uint32_t t) const {
    return static_cast<std::size_t>(m_posting_start[t + 1] - m_posting_start[t]);
  }
  // Calls visit(Posting) for each of term t's postings, in paper order.
  template <typename Visit>
  void visit_postings(std::uint32_t t, Visit&& visit) const {
    for (std::uint64_t i = m_posting_start[t]; i < m_posting_start[t + 1]; ++i) {
      const std::uint8_t tag = m_posting_tag[i];
      visit(Posting{m_posting_doc[i], static_cast<std::uint8_t>(tag & 3u),
                    static_cast<std::uint32_t>(tag >> 2)});
    }
  }
  // Appends to out, rising, the papers whose lowercased name contains word
  // (none for an empty word).
  void name_hits(std::string_view word, std::vector<DocId>& out) const;

  // Tokens in each paper's title and name, and their sum.
  std::span<const std::uint32_t> lengths() const { return m_length; }
  std::uint64_t total_length() const { return m_total_length; }

 private:
  struct Arrays;

  std::shared_ptr<const Arrays> m_owned;  // build()'s arrays; null for a view
  std::uint64_t m_total_length = 0;
  std::string_view m_term_text;
  std::span<const std::uint64_t> m_term_start;
  std::span<const std::uint64_t> m_posting_start;
  std::span<const DocId> m_posting_doc;
  std::span<const std::uint8_t> m_posting_tag;
  std::string_view m_stem_text;
  std::span<const std::uint64_t> m_stem_start;
  std::span<const std::uint32_t> m_stem_term_start;
  std::span<const std::uint32_t> m_stem_terms;
  std::string_view m_names;
  std::span<const std::uint64_t> m_name_start;
  std::span<const std::uint32_t> m_length;
  std::span<const std::uint64_t> m_header;
  bool m_file_mapped = false;  // see view()
};

}  // namespace mllmseg
