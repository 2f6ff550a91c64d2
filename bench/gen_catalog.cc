// mllmseg_bench_gen N [SEED]: writes a synthetic catalog of N papers in the
// catalog format to standard output.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "format/json.h"
#include "synthetic.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: mllmseg_bench_gen PAPERS [SEED]\n");
    return 2;
  }
  const auto papers = std::strtoull(argv[1], nullptr, 10);
  const auto seed = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 2024u;
  const mllmseg::Store store(mllmseg::bench::make_catalog(papers, seed));
  const std::string json = mllmseg::format::catalog_document(store, store.all());
  return std::fwrite(json.data(), 1, json.size(), stdout) == json.size() ? 0 : 2;
}
