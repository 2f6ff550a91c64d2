// Times scan_words over a catalog file with and without the word index
// (store/word_index.h), and the index's build: a timing program, never a
// test. Usage: mllmseg_word_index_timing CATALOG.json [WORD...] (default sam2).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "catalog/load.h"
#include "query/word_scan.h"
#include "store/store.h"
#include "store/word_index.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace mllmseg;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CATALOG.json [WORD...]\n", argv[0]);
    return 2;
  }
  auto bytes = read_input(argv[1]);
  if (!bytes) {
    std::fprintf(stderr, "%s\n", bytes.error().c_str());
    return 1;
  }
  auto catalog = parse_catalog(*bytes, argv[1]);
  if (!catalog) {
    std::fprintf(stderr, "%s\n", catalog.error().c_str());
    return 1;
  }
  Store store(std::move(catalog).value());
  std::vector<std::string> texts;
  for (int i = 2; i < argc; ++i) {
    texts.emplace_back(argv[i]);
  }
  if (texts.empty()) {
    texts.emplace_back("sam2");
  }

  auto start = std::chrono::steady_clock::now();
  auto index = std::make_shared<const WordIndex>(WordIndex::build(store));
  const double build = seconds_since(start);
  std::size_t bytes_total = 0;
  std::string sizes;
  for (const auto block : index->blocks()) {
    bytes_total += block.size();
    sizes += ' ';
    sizes += std::to_string(block.size());
  }
  start = std::chrono::steady_clock::now();
  const std::vector<std::string_view> blocks = index->blocks();
  auto viewed = WordIndex::view(blocks, store.size());
  const double view = seconds_since(start);
  if (!viewed) {
    std::fprintf(stderr, "%s\n", viewed.error().c_str());
    return 1;
  }
  std::printf("papers %zu, terms %zu, blocks %zu bytes (%.1f MB)\n", store.size(), index->terms(),
              bytes_total, static_cast<double>(bytes_total) / 1e6);
  std::printf("block sizes:%s\n", sizes.c_str());
  std::printf("WordIndex::build %.3f s, view (checks) %.4f s\n", build, view);
  for (const std::string& text : texts) {
    const std::vector<SearchWord> words = {SearchWord{text, Scope::any}};
    constexpr int k_runs = 5;
    double best[2] = {1e9, 1e9};
    std::size_t hits[2] = {0, 0};
    WordScan scans[2];
    for (int run = 0; run < k_runs; ++run) {
      for (int with = 0; with < 2; ++with) {
        store.set_word_index(with == 1 ? std::make_shared<const WordIndex>(*viewed) : nullptr);
        start = std::chrono::steady_clock::now();
        const WordScan scan = scan_words(store, words, {});
        const double t = seconds_since(start);
        best[with] = std::min(best[with], t);
        hits[with] = scan.hits[0].size();
        scans[with] = scan;
      }
    }
    const auto same_hit = [](const WordHit& x, const WordHit& y) {
      return x.doc == y.doc && x.counts == y.counts && x.direct == y.direct;
    };
    const bool same = std::equal(scans[0].hits[0].begin(), scans[0].hits[0].end(), scans[1].hits[0].begin(),
                                 scans[1].hits[0].end(), same_hit) &&
                      scans[0].known == scans[1].known &&
                      std::ranges::equal(scans[0].length(), scans[1].length()) &&
                      scans[0].average_length == scans[1].average_length;
    std::printf("%s ", same ? "same" : "DIFFERENT");
    std::printf("%-12s scan %.4f s, index %.6f s (%zu / %zu hits), best of %d\n", text.c_str(), best[0],
                best[1], hits[0], hits[1], k_runs);
  }
  return 0;
}
