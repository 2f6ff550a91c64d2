#pragma once
// Numbers the distinct words a word index is built from, in the order they
// are first seen (store/word_index.cc): an open-addressing table of hashes
// over texts it keeps in an arena of its own, so that a word costs a hash and
// usually one comparison, not a node lookup and a std::string.

#include <sys/auxv.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "util/byte_arena.h"

namespace mllmseg {

class TermIds {
 public:
  // Hashes with a seed of the table's own, so that a catalog's words cannot
  // be made to collide in advance; ids do not depend on it.
  TermIds() : m_seed(fresh_seed()) {}

  // The id of text: a new one, size() before, when text is new.
  std::uint32_t id(std::string_view text) {
    if (2 * (m_texts.size() + 1) > m_slots.size()) {
      grow();
    }
    const std::uint64_t h = hash(text, m_seed);
    for (std::size_t at = h & m_mask;; at = (at + 1) & m_mask) {
      Slot& slot = m_slots[at];
      if (slot.id == 0) {
        slot = {h, static_cast<std::uint32_t>(m_texts.size() + 1)};
        m_texts.push_back(m_kept.keep(text));
        return slot.id - 1;
      }
      if (slot.hash == h && m_texts[slot.id - 1] == text) {
        return slot.id - 1;
      }
    }
  }

  std::size_t size() const { return m_texts.size(); }
  // The text of a term id; it lives as long as the table.
  std::string_view text(std::uint32_t id) const { return m_texts[id]; }

  // Eight bytes at a time, each multiplied in, after the seed.
  static std::uint64_t hash(std::string_view s, std::uint64_t seed = 0) {
    constexpr std::uint64_t k_multiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (s.size() ^ seed) * k_multiplier;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + i, 8);
      h = (h ^ word) * k_multiplier;
      h ^= h >> 29;
    }
    if (i < s.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + i, s.size() - i);
      h = (h ^ word) * k_multiplier;
    }
    h ^= h >> 32;
    h *= k_multiplier;
    return h ^ (h >> 29);
  }

 private:
  // From the sixteen random bytes the kernel gives every process (AT_RANDOM),
  // and a count of the tables made, so that no two tables share a seed.
  // std::random_device asked the processor (cpuid) first, which costs a
  // virtual machine an exit to its host at every start.
  static std::uint64_t fresh_seed() {
    static std::atomic<std::uint64_t> made{0};
    std::uint64_t random = 0;
    if (const auto* bytes = reinterpret_cast<const unsigned char*>(getauxval(AT_RANDOM)); bytes != nullptr) {
      std::memcpy(&random, bytes + 8, sizeof random);
    }
    return hash(std::string_view(reinterpret_cast<const char*>(&random), sizeof random), made.fetch_add(1));
  }

  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = 0;  // the term's id + 1; 0: empty
  };

  void grow() {
    std::vector<Slot> slots(m_slots.empty() ? 1024 : 2 * m_slots.size());
    m_mask = slots.size() - 1;
    for (const Slot& slot : m_slots) {
      if (slot.id != 0) {
        std::size_t at = slot.hash & m_mask;
        while (slots[at].id != 0) {
          at = (at + 1) & m_mask;
        }
        slots[at] = slot;
      }
    }
    m_slots = std::move(slots);
  }

  std::uint64_t m_seed;
  std::vector<Slot> m_slots;  // a power of two of them, at most half full
  std::size_t m_mask = 0;
  std::vector<std::string_view> m_texts;   // by id
  ByteArena m_kept{std::size_t{1} << 16};  // the texts
};

}  // namespace mllmseg
