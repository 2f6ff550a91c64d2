#pragma once
// Memory that papers are packed into on the threads that read them
// (Store::prepare): an arena for each thread, so that the threads never
// wait for one another and the thread that adds the papers to the store
// copies none of them; the stores they are added to keep it alive.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>

#include "util/byte_arena.h"

namespace mllmseg {

class RecordArenas {
 public:
  RecordArenas();
  RecordArenas(const RecordArenas&) = delete;
  RecordArenas& operator=(const RecordArenas&) = delete;

  // The calling thread's arena, made the first time that thread asks.
  ByteArena& mine();

 private:
  // Tells this pool from every other, past or present, in the arena each
  // thread remembers.
  std::uint64_t m_serial;
  // An arena on cache lines of its own: two threads' arenas side by side
  // would take one line from each other for every paper they pack.
  struct alignas(128) Own {
    explicit Own(std::size_t block) : arena(block) {}
    ByteArena arena;
  };
  std::mutex m_mutex;
  std::deque<Own> m_arenas;  // whose items never move
};

}  // namespace mllmseg
