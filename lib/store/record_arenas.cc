#include "store/record_arenas.h"

#include <atomic>

namespace mllmseg {

namespace {

std::atomic<std::uint64_t> g_serial{0};

// The arena of the pool this thread asked last.
struct Remembered {
  std::uint64_t serial = 0;
  ByteArena* arena = nullptr;
};
thread_local Remembered t_remembered;

constexpr std::size_t k_block = std::size_t{1} << 20;

}  // namespace

RecordArenas::RecordArenas() : m_serial(++g_serial) {}

ByteArena& RecordArenas::mine() {
  if (t_remembered.serial != m_serial) {
    const std::lock_guard lock(m_mutex);
    t_remembered = {m_serial, &m_arenas.emplace_back(k_block).arena};
  }
  return *t_remembered.arena;
}

}  // namespace mllmseg
