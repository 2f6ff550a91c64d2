#pragma once
// Long outputs written on every core: the items split into as many runs as
// the machine has cores, each run written by its own thread into its own
// string, the strings joined in order. For the writers of lists of papers
// (JSON, JSON Lines, TSV, CSV, templates), whose papers are unpacked and
// written independently of one another. With a Flush, the text is handed
// on a round of items at a time, so that output of any length is made in
// the memory of one round.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "format/flush.h"

namespace mllmseg::format {

// A list this long is written in parts; a shorter one on the calling thread.
inline constexpr std::size_t k_parts_from = 8192;
// Items a round when the text is flushed as it is made.
inline constexpr std::size_t k_round = k_parts_from;

// Appends items [0, count) to out: write(from, to, part) appends items
// [from, to) to part, and is called from several threads at once (each
// call with its own part). An exception from any part is rethrown here once
// every thread has ended.
template <typename Write>
void append_in_parts(std::string& out, std::size_t count, const Write& write);

// Called on the calling thread before each round of items [from, to).
using BeforeRound = std::function<void(std::size_t from, std::size_t to)>;

// The same, handing out to flush after each round of k_round items (the
// caller flushes what it appends after), and calling before_round, if set,
// before each; without a flush, as above.
template <typename Write>
void append_in_parts(std::string& out, std::size_t count, const Write& write, const Flush& flush,
                     const BeforeRound& before_round = {}) {
  if (!flush) {
    append_in_parts(out, count, write);
    return;
  }
  for (std::size_t from = 0; from < count; from += k_round) {
    if (before_round) {
      before_round(from, std::min(from + k_round, count));
    }
    append_in_parts(out, std::min(k_round, count - from),
                    [&](std::size_t first, std::size_t last, std::string& part) {
                      write(from + first, from + last, part);
                    });
    flush(out);
  }
}

template <typename Write>
void append_in_parts(std::string& out, std::size_t count, const Write& write) {
  const std::size_t cores =
      count < k_parts_from ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  // Items [0, to) into out, which after its first items reserves room for
  // all count at their size and a quarter more: the parts are then joined,
  // and out grows, without copying it (room reserved and never written
  // costs no memory).
  const auto write_first = [&](std::size_t to) {
    const std::size_t sample = std::min<std::size_t>(to, 64);
    const std::size_t before = out.size();
    write(std::size_t{0}, sample, out);
    if (sample > 0 && sample < count) {
      const std::size_t per_item = (out.size() - before) / sample + 1;
      out.reserve(out.size() + per_item * (count - sample) / 4 * 5);
    }
    write(sample, to, out);
  };
  if (cores == 1) {
    write_first(count);
    return;
  }
  std::vector<std::string> parts(cores - 1);
  std::vector<std::exception_ptr> failures(cores - 1);
  const auto bound = [&](std::size_t part) { return count * part / cores; };
  {
    // Joined when this block ends, also when it ends by an exception.
    std::vector<std::jthread> threads;
    for (std::size_t part = 1; part < cores; ++part) {
      threads.emplace_back([&, part] {
        try {
          write(bound(part), bound(part + 1), parts[part - 1]);
        } catch (...) {
          failures[part - 1] = std::current_exception();
        }
      });
    }
    write_first(bound(1));
  }
  for (std::size_t part = 0; part + 1 < cores; ++part) {
    if (failures[part]) {
      std::rethrow_exception(failures[part]);
    }
    out += parts[part];
    std::string().swap(parts[part]);
  }
}

}  // namespace mllmseg::format
