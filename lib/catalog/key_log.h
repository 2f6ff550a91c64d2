#pragma once
// The keys of a catalog's papers, in order, for its "duplicate key" check.
// Keys are appended to one buffer as they are read and compared once, at
// the end, by sorting their hashes: a million keys then cost sequential
// writes and one sort instead of a random probe into a large table each.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg {

class KeyLog {
 public:
  // Records the key of the next paper (index: the number of keys added).
  void add(std::string_view key);

  struct Repeat {
    std::size_t index;  // the first paper whose key an earlier paper had
    std::size_t first;  // that earlier paper
    std::string_view key;
  };
  // The first paper, in catalog order, that repeats an earlier paper's key.
  std::optional<Repeat> first_repeat() const;

 private:
  std::string_view key(std::size_t index) const;

  std::string m_keys;                    // each key's bytes, one after another
  std::vector<std::uint32_t> m_offsets;  // where each key starts in m_keys
  std::vector<std::uint64_t> m_hashes;
};

}  // namespace mllmseg
