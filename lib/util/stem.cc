#include "util/stem.h"

#include <libstemmer.h>

#include <algorithm>
#include <memory>

namespace mllmseg::text {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// One stemmer a thread: libstemmer's stemmers keep state between calls.
sb_stemmer* english() {
  thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer{sb_stemmer_new("english", "UTF_8")};
  return stemmer.get();
}

}  // namespace

std::string stem(std::string_view word) {
  const bool plain =
      word.size() > 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  sb_stemmer* stemmer = plain ? english() : nullptr;
  if (stemmer == nullptr) {
    return std::string(word);
  }
  const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) {
    return std::string(word);
  }
  return {reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer))};
}

}  // namespace mllmseg::text
