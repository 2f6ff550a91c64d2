#include "util/hash.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace mllmseg::hash {

namespace {

constexpr std::uint64_t k_odd1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t k_odd2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t k_odd3 = 0x165667B19E3779F9ULL;

std::uint64_t word(const unsigned char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  if constexpr (std::endian::native == std::endian::big) {
    w = __builtin_bswap64(w);
  }
  return w;
}

std::uint64_t mix(std::uint64_t lane, std::uint64_t w) { return std::rotl(lane + w * k_odd2, 31) * k_odd1; }

std::uint64_t avalanche(std::uint64_t h) {
  h ^= h >> 33;
  h *= k_odd2;
  h ^= h >> 29;
  h *= k_odd3;
  h ^= h >> 32;
  return h;
}

}  // namespace

Hasher::Hasher(std::uint64_t seed)
    : m_lanes{seed + k_odd1 + k_odd2, seed + k_odd2, seed, seed - k_odd1}, m_pending{} {}

void Hasher::stripe(const unsigned char* p) {
  for (int i = 0; i < 4; ++i) {
    m_lanes[i] = mix(m_lanes[i], word(p + 8 * i));
  }
}

void Hasher::add(std::string_view bytes) {
  auto p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = bytes.size();
  m_total += size;
  if (m_pending_size > 0) {
    const std::size_t take = std::min<std::size_t>(size, 32 - m_pending_size);
    std::memcpy(m_pending + m_pending_size, p, take);
    m_pending_size += take;
    p += take;
    size -= take;
    if (m_pending_size < 32) {
      return;
    }
    stripe(m_pending);
    m_pending_size = 0;
  }
  for (; size >= 32; p += 32, size -= 32) {
    stripe(p);
  }
  std::memcpy(m_pending, p, size);
  m_pending_size = size;
}

std::uint64_t Hasher::finish() const {
  std::uint64_t h = std::rotl(m_lanes[0], 1) + std::rotl(m_lanes[1], 7) + std::rotl(m_lanes[2], 12) +
                    std::rotl(m_lanes[3], 18);
  h ^= m_total * k_odd3;
  std::size_t at = 0;
  for (; at + 8 <= m_pending_size; at += 8) {
    h = std::rotl(h ^ mix(0, word(m_pending + at)), 27) * k_odd1 + k_odd3;
  }
  for (; at < m_pending_size; ++at) {
    h = std::rotl(h ^ (m_pending[at] * k_odd3), 11) * k_odd1;
  }
  return avalanche(h);
}

std::uint64_t bytes(std::string_view data, std::uint64_t seed) {
  Hasher hasher(seed);
  hasher.add(data);
  return hasher.finish();
}

}  // namespace mllmseg::hash
