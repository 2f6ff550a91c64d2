// WordIndex::view: every size, offset and id of blocks read from a file
// checked, in one pass over each block, before a query can use them; the
// pages of a mapped file are handed back as the pass leaves them.
#include <cstdint>
#include <string>
#include <vector>

#include "store/word_index.h"
#include "util/pages.h"

namespace mllmseg {

namespace {

constexpr const char* k_names[WordIndex::k_blocks] = {
    "header",     "term_text",       "term_start", "posting_start", "posting_doc", "posting_tag", "stem_text",
    "stem_start", "stem_term_start", "stem_terms", "names",         "name_start",  "length"};

Error fail(std::size_t block, const std::string& what) {
  return Error{"word index: block " + std::string(k_names[block]) + ": " + what};
}

// The block as an array of T, when its size and address allow.
template <typename T>
Result<std::span<const T>> array_of(std::string_view bytes, std::size_t block) {
  if (bytes.size() % sizeof(T) != 0) {
    return fail(block,
                std::to_string(bytes.size()) + " bytes, not a multiple of " + std::to_string(sizeof(T)));
  }
  if (bytes.empty()) {
    return std::span<const T>();
  }
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(T) != 0) {
    return fail(block, "not aligned to " + std::to_string(alignof(T)) + " bytes");
  }
  return std::span<const T>(reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T));
}

// Offsets into an array of size end: count + 1 of them, from 0 to end, never
// falling (rising strictly when each part must not be empty).
template <typename T>
Status check_offsets(std::span<const T> offsets, std::size_t block, std::uint64_t count, std::uint64_t end,
                     bool strictly, bool mapped) {
  if (offsets.size() != count + 1) {
    return fail(block, std::to_string(offsets.size()) + " offsets for " + std::to_string(count) + " items");
  }
  if (offsets.front() != 0 || offsets.back() != end) {
    return fail(block, "offsets do not run from 0 to " + std::to_string(end));
  }
  pages::ReleaseBehind behind(offsets.data(), mapped);
  for (std::size_t i = 1; i < offsets.size(); ++i) {
    if (offsets[i] < offsets[i - 1] || (strictly && offsets[i] == offsets[i - 1])) {
      return fail(block, "offset " + std::to_string(i) + (strictly ? " does not rise" : " falls"));
    }
    behind.passed(offsets.data(), i - 1);
  }
  return Ok{};
}

// The strings text[start[i], start[i + 1]) rise strictly (binary search needs it).
Status check_sorted(std::string_view text, std::span<const std::uint64_t> start, std::size_t block,
                    bool mapped) {
  pages::ReleaseBehind text_behind(text.data(), mapped);
  pages::ReleaseBehind start_behind(start.data(), mapped);
  for (std::size_t i = 2; i < start.size(); ++i) {
    text_behind.passed(text.data(), start[i - 2]);
    start_behind.passed(start.data(), i - 2);
    const std::string_view previous = text.substr(start[i - 2], start[i - 1] - start[i - 2]);
    const std::string_view current = text.substr(start[i - 1], start[i] - start[i - 1]);
    if (!(previous < current)) {
      return fail(block,
                  "strings " + std::to_string(i - 2) + " and " + std::to_string(i - 1) + " out of order");
    }
  }
  return Ok{};
}

}  // namespace

#define MLLMSEG_TRY_ARRAY(var, type, n)                \
  auto var##_array = array_of<type>(blocks[n], n);     \
  if (!var##_array) return Error{var##_array.error()}; \
  const std::span<const type> var = *var##_array;

#define MLLMSEG_TRY(status)                \
  if (auto checked = (status); !checked) { \
    return Error{checked.error()};         \
  }

Result<WordIndex> WordIndex::view(std::span<const std::string_view> blocks, std::size_t papers,
                                  bool file_mapped) {
  if (blocks.size() != k_blocks) {
    return Error{"word index: " + std::to_string(blocks.size()) + " blocks, not " + std::to_string(k_blocks)};
  }
  if (papers > 0xffffffffu) {
    return Error{"word index: " + std::to_string(papers) + " papers, more than 32-bit ids allow"};
  }
  MLLMSEG_TRY_ARRAY(header, std::uint64_t, 0)
  MLLMSEG_TRY_ARRAY(term_start, std::uint64_t, 2)
  MLLMSEG_TRY_ARRAY(posting_start, std::uint64_t, 3)
  MLLMSEG_TRY_ARRAY(posting_doc, DocId, 4)
  MLLMSEG_TRY_ARRAY(posting_tag, std::uint8_t, 5)
  MLLMSEG_TRY_ARRAY(stem_start, std::uint64_t, 7)
  MLLMSEG_TRY_ARRAY(stem_term_start, std::uint32_t, 8)
  MLLMSEG_TRY_ARRAY(stem_terms, std::uint32_t, 9)
  MLLMSEG_TRY_ARRAY(name_start, std::uint64_t, 11)
  MLLMSEG_TRY_ARRAY(length, std::uint32_t, 12)
  const std::string_view term_text = blocks[1];
  const std::string_view stem_text = blocks[6];
  const std::string_view names = blocks[10];

  if (header.size() != 3) {
    return fail(0, std::to_string(header.size()) + " values, not 3");
  }
  if (header[0] != k_version) {
    return fail(0, "format " + std::to_string(header[0]) + ", not " + std::to_string(k_version));
  }
  if (header[1] != papers) {
    return fail(0, "for " + std::to_string(header[1]) + " papers, not " + std::to_string(papers));
  }

  // Terms: sorted, not empty, at most 2^32 - 1 of them (ids are 32-bit).
  if (term_start.empty() || term_start.size() - 1 > 0xffffffffu) {
    return fail(2, std::to_string(term_start.size()) + " offsets");
  }
  const std::uint64_t terms = term_start.size() - 1;
  MLLMSEG_TRY(check_offsets(term_start, 2, terms, term_text.size(), true, file_mapped))
  MLLMSEG_TRY(check_sorted(term_text, term_start, 1, file_mapped))

  // Postings: each term has some, each of a paper that exists, in paper
  // order, with a valid field and a count.
  if (posting_doc.size() != posting_tag.size()) {
    return fail(5, std::to_string(posting_tag.size()) + " tags for " + std::to_string(posting_doc.size()) +
                       " postings");
  }
  MLLMSEG_TRY(check_offsets(posting_start, 3, terms, posting_doc.size(), true, file_mapped))
  pages::ReleaseBehind docs_behind(posting_doc.data(), file_mapped);
  pages::ReleaseBehind tags_behind(posting_tag.data(), file_mapped);
  pages::ReleaseBehind starts_behind(posting_start.data(), file_mapped);
  for (std::uint64_t t = 0; t < terms; ++t) {
    docs_behind.passed(posting_doc.data(), posting_start[t]);
    tags_behind.passed(posting_tag.data(), posting_start[t]);
    starts_behind.passed(posting_start.data(), t);
    for (std::uint64_t i = posting_start[t]; i < posting_start[t + 1]; ++i) {
      if (posting_doc[i] >= papers || (i > posting_start[t] && posting_doc[i] < posting_doc[i - 1])) {
        return fail(4, "posting " + std::to_string(i) + " names paper " + std::to_string(posting_doc[i]) +
                           (posting_doc[i] >= papers ? ", past the last" : ", out of order"));
      }
      const std::uint8_t field = posting_tag[i] & 3u;
      if (field == 0 || (posting_tag[i] >> 2) == 0) {
        return fail(5, "posting " + std::to_string(i) + " has no field or count");
      }
    }
  }

  // Stems: sorted, each with terms, which are every term once, rising within a stem.
  if (stem_start.empty()) {
    return fail(7, "no offsets");
  }
  const std::uint64_t stems = stem_start.size() - 1;
  MLLMSEG_TRY(check_offsets(stem_start, 7, stems, stem_text.size(), false, file_mapped))
  MLLMSEG_TRY(check_sorted(stem_text, stem_start, 6, file_mapped))
  if (stem_terms.size() != terms) {
    return fail(9, std::to_string(stem_terms.size()) + " terms, not " + std::to_string(terms));
  }
  MLLMSEG_TRY(check_offsets(stem_term_start, 8, stems, stem_terms.size(), true, file_mapped))
  std::vector<bool> seen(terms, false);
  for (std::uint64_t s = 0; s < stems; ++s) {
    for (std::uint32_t i = stem_term_start[s]; i < stem_term_start[s + 1]; ++i) {
      if (stem_terms[i] >= terms || seen[stem_terms[i]] ||
          (i > stem_term_start[s] && stem_terms[i] < stem_terms[i - 1])) {
        return fail(9, "term " + std::to_string(stem_terms[i]) + " at " + std::to_string(i) +
                           " out of range, repeated or out of order");
      }
      seen[stem_terms[i]] = true;
    }
  }

  // Names and lengths: one a paper; the lengths add up to the total.
  MLLMSEG_TRY(check_offsets(name_start, 11, papers, names.size(), false, file_mapped))
  if (length.size() != papers) {
    return fail(12, std::to_string(length.size()) + " lengths for " + std::to_string(papers) + " papers");
  }
  std::uint64_t total = 0;
  pages::ReleaseBehind lengths_behind(length.data(), file_mapped);
  for (std::size_t i = 0; i < length.size(); ++i) {
    total += length[i];
    lengths_behind.passed(length.data(), i);
  }
  if (total != header[2]) {
    return fail(
        0, "total length " + std::to_string(header[2]) + ", not the lengths' sum " + std::to_string(total));
  }

  WordIndex index;
  index.m_total_length = total;
  index.m_header = header;
  index.m_term_text = term_text;
  index.m_term_start = term_start;
  index.m_posting_start = posting_start;
  index.m_posting_doc = posting_doc;
  index.m_posting_tag = posting_tag;
  index.m_stem_text = stem_text;
  index.m_stem_start = stem_start;
  index.m_stem_term_start = stem_term_start;
  index.m_stem_terms = stem_terms;
  index.m_names = names;
  index.m_name_start = name_start;
  index.m_length = length;
  index.m_file_mapped = file_mapped;
  return index;
}

}  // namespace mllmseg
