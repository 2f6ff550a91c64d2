#pragma once
// A fast 64-bit hash of bytes, for telling files apart (a catalog's identity,
// a snapshot's checksum): four independent multiply-rotate lanes over 32-byte
// stripes, then a final mix. Not for security: it finds accidents (a changed
// file, a truncated or corrupted cache), not an adversary.

#include <cstdint>
#include <string_view>

namespace mllmseg::hash {

// Hashes bytes given in pieces of any size; the result depends only on the
// concatenated bytes, not on how they were split.
class Hasher {
 public:
  explicit Hasher(std::uint64_t seed = 0);

  void add(std::string_view bytes);
  std::uint64_t finish() const;

 private:
  void stripe(const unsigned char* p);

  std::uint64_t m_lanes[4];
  unsigned char m_pending[32];
  std::uint64_t m_pending_size = 0;
  std::uint64_t m_total = 0;
};

std::uint64_t bytes(std::string_view bytes, std::uint64_t seed = 0);

}  // namespace mllmseg::hash
