#pragma once
// How fuzz targets report a broken property: a message on standard error and
// abort(), which libFuzzer records as a crash (saving the input) and which
// fails the CTest replay.

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace mllmseg::fuzz {

// The input being replayed, set by replay_main.cc so that a failure names its
// file; libFuzzer prints the input itself.
inline const char* g_current_input = nullptr;

[[noreturn]] inline void fail(std::string_view what) {
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  if (g_current_input != nullptr) {
    std::fprintf(stderr, "input: %s\n", g_current_input);
  }
  std::abort();
}

inline void check(bool ok, std::string_view what) {
  if (!ok) {
    fail(what);
  }
}

}  // namespace mllmseg::fuzz
