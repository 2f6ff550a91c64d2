#pragma once
// search --regex: an RE2 pattern (linear time, bounded memory) matched against
// each paper's name and title, with its work bounded so that no pattern runs
// for long on any catalog within the limits (docs/reliability.md).

#include <cstdint>
#include <optional>
#include <string_view>

#include "store/store.h"
#include "util/result.h"

namespace mllmseg {

inline constexpr std::size_t k_max_pattern_bytes = 4096;
// RE2's memory for the compiled program and its DFA caches, which bounds the
// program's size (about 120,000 instructions: \pL{100} compiles, \pL{1000}
// does not).
inline constexpr std::int64_t k_max_regex_memory = 8 << 20;
// The most work a search may do, as RE2's worst case counts it: the bytes of
// the names and titles to scan (one more for the end of each) times the
// pattern's program size (RE2::ProgramSize, in instructions). A search over
// the limit is refused before it starts. At the 10 ns or so that each unit
// costs at worst (a release build), the limit is under 3 s.
inline constexpr std::uint64_t k_max_regex_work = std::uint64_t{1} << 28;
// CPU time after which a search gives up: the backstop for what the product
// above does not bound, a DFA that builds a new state for every byte (about
// half a microsecond each, whatever the program size) on a large catalog.
inline constexpr double k_max_regex_seconds = 5;

struct RegexLimits {
  std::uint64_t work = k_max_regex_work;
  double seconds = k_max_regex_seconds;
};

// The papers among candidates (all when nullopt) whose name or title matches
// pattern anywhere, case-insensitively unless the pattern says (?-i); an
// error for a pattern that does not compile, or that the limits stop.
Result<Postings> regex_select(const Store& store, std::string_view pattern,
                              const std::optional<Postings>& candidates, const RegexLimits& limits = {});

}  // namespace mllmseg
