#pragma once
// Bytes kept in large blocks that never move, for many small records or
// texts that live as long as their owner: a copy costs a bump of a pointer,
// not an allocation, and views into it stay valid as it grows.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace mllmseg {

class ByteArena {
 public:
  // Blocks are block_size bytes unless one piece needs more.
  explicit ByteArena(std::size_t block_size) : m_block_size(block_size) {}

  // A copy of bytes, valid as long as the arena.
  std::string_view keep(std::string_view bytes) {
    if (bytes.size() > m_free_size) {
      const std::size_t size = std::max(m_block_size, bytes.size());
      m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
      m_free = m_blocks.back().get();
      m_free_size = size;
    }
    if (!bytes.empty()) {
      std::memcpy(m_free, bytes.data(), bytes.size());
    }
    const std::string_view kept(m_free, bytes.size());
    m_free += bytes.size();
    m_free_size -= bytes.size();
    return kept;
  }

 private:
  std::size_t m_block_size;
  std::vector<std::unique_ptr<char[]>> m_blocks;
  char* m_free = nullptr;  // the unused rest of the last block
  std::size_t m_free_size = 0;
};

}  // namespace mllmseg
