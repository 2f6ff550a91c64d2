#include "util/stem.h"

#include <algorithm>
#include <memory>
#include <optional>

// Snowball's English stemmer, called directly so that the link takes its one
// language from libstemmer.a: sb_stemmer_new's table of modules would bring
// all thirty, and the loader relocates their tables of pointers at every
// start (docs/performance.md). The environment is Snowball's own
// (runtime/api.h of libstemmer 2.x), a header Debian's package does not
// install; tests/unit/stem_test.cc checks stems through it.
extern "C" {
struct SN_env {
  unsigned char* p;
  int c;
  int l;
  int lb;
  int bra;
  int ket;
  unsigned char** S;
  int* I;
};
SN_env* english_UTF_8_create_env(void);
void english_UTF_8_close_env(SN_env* z);
int english_UTF_8_stem(SN_env* z);
int SN_set_current(SN_env* z, int size, const unsigned char* s);
}

namespace mllmseg::text {

namespace {

struct EnvDeleter {
  void operator()(SN_env* env) const { english_UTF_8_close_env(env); }
};

// One environment a thread: the stemmer keeps its state in it.
SN_env* english() {
  thread_local const std::unique_ptr<SN_env, EnvDeleter> env{english_UTF_8_create_env()};
  return env.get();
}

// The stem, or nullopt when the stemmer could not take the word (out of
// memory).
std::optional<std::string_view> stem_of(std::string_view word) {
  SN_env* env = english();
  if (env == nullptr ||
      SN_set_current(env, static_cast<int>(word.size()),
                     reinterpret_cast<const unsigned char*>(word.data())) != 0 ||
      english_UTF_8_stem(env) < 0) {
    return std::nullopt;
  }
  return std::string_view(reinterpret_cast<const char*>(env->p), static_cast<std::size_t>(env->l));
}

}  // namespace

std::string stem(std::string_view word) {
  const bool plain =
      word.size() > 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const std::optional<std::string_view> out = plain ? stem_of(word) : std::nullopt;
  return std::string(out.value_or(word));
}

}  // namespace mllmseg::text
