// The word index (store/word_index.h): scan_words answers from it exactly
// what it answers by reading every paper, over the real catalog and
// synthetic ones, also through view() over the blocks copied; and view()
// refuses damaged blocks with a reason instead of reading out of them.
#include "store/word_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "query/word_scan.h"
#include "test_support.h"
#include "util/text.h"

namespace mllmseg {
namespace {

// Fails naming the first difference between two scans.
::testing::AssertionResult same_word_scan(const WordScan& a, const WordScan& b) {
  if (a.hits.size() != b.hits.size()) return ::testing::AssertionFailure() << "word counts differ";
  for (std::size_t w = 0; w < a.hits.size(); ++w) {
    if (a.hits[w].size() != b.hits[w].size()) {
      return ::testing::AssertionFailure()
             << "word " << w << ": " << a.hits[w].size() << " vs " << b.hits[w].size() << " hits";
    }
    for (std::size_t i = 0; i < a.hits[w].size(); ++i) {
      const WordHit& x = a.hits[w][i];
      const WordHit& y = b.hits[w][i];
      if (x.doc != y.doc || x.counts != y.counts || x.direct != y.direct) {
        return ::testing::AssertionFailure()
               << "word " << w << ", hit " << i << " (doc " << x.doc << "/" << y.doc << ") differs";
      }
    }
  }
  if (a.known != b.known) return ::testing::AssertionFailure() << "known differs";
  if (!std::ranges::equal(a.length(), b.length())) return ::testing::AssertionFailure() << "length differs";
  if (a.average_length != b.average_length) return ::testing::AssertionFailure() << "average differs";
  return ::testing::AssertionSuccess();
}

// Query words for a store: fixed ones (prefixes, stems, name parts, absent,
// one letter, empty) and a sample of its own tokens and their prefixes.
std::vector<std::string> probe_words(const Store& store) {
  std::vector<std::string> words = {"sam2",
                                    "sam",
                                    "segment",
                                    "segmentation",
                                    "segmenting",
                                    "segmenter",
                                    "reinforcing",
                                    "reinforcement",
                                    "reinforced",
                                    "lisa",
                                    "video",
                                    "videos",
                                    "v",
                                    "s",
                                    "a",
                                    "1",
                                    "2024",
                                    "zzqqx",
                                    "",
                                    "llava",
                                    "reason",
                                    "reasoning",
                                    "reasoned",
                                    "omg",
                                    "referring",
                                    "ref",
                                    "image",
                                    "x",
                                    "3d",
                                    "open",
                                    "vocabulary",
                                    "vocab",
                                    "happy",
                                    "happiness",
                                    "query",
                                    "queries",
                                    "mask",
                                    "masks",
                                    "masking",
                                    "é",
                                    "lis",
                                    "a:"};
  std::set<std::string> tokens;
  std::string lowered;
  for (DocId id = 0; id < store.size(); id += 7) {
    text::visit_tokens(store.title(id), lowered, [&](std::string_view t) { tokens.emplace(t); });
    if (const auto abstract = store.abstract(id)) {
      text::visit_tokens(*abstract, lowered, [&](std::string_view t) { tokens.emplace(t); });
    }
  }
  std::size_t i = 0;
  for (const std::string& t : tokens) {
    if (i++ % 5 == 0) {
      words.push_back(t);
      words.push_back(t.substr(0, 3));
      words.push_back(t + "s");
    }
  }
  return words;
}

// scan_words over store with and without its index, for every probe word in
// every scope, with no filter and with every third paper allowed.
void expect_index_matches_scan(Store& store, std::shared_ptr<const WordIndex> index) {
  const std::vector<std::string> texts = probe_words(store);
  std::vector<bool> some(store.size());
  for (std::size_t i = 0; i < some.size(); ++i) {
    some[i] = i % 3 == 1;
  }
  for (const Scope scope : {Scope::any, Scope::name, Scope::title}) {
    for (const std::vector<bool>& allowed : {std::vector<bool>{}, some}) {
      // A few words a query, as search asks them.
      for (std::size_t at = 0; at < texts.size(); at += 3) {
        std::vector<SearchWord> words;
        for (std::size_t k = at; k < std::min(at + 3, texts.size()); ++k) {
          words.push_back(SearchWord{texts[k], scope});
        }
        store.set_word_index(nullptr);
        const WordScan scanned = scan_words(store, words, allowed);
        store.set_word_index(index);
        const WordScan indexed = scan_words(store, words, allowed);
        ASSERT_TRUE(same_word_scan(scanned, indexed)) << "words from " << texts[at];
      }
    }
  }
  store.set_word_index(nullptr);
}

// A synthetic catalog: names with capitals, digits, hyphens and non-ASCII
// bytes; titles and abstracts from words with shared stems; some abstracts
// missing, some empty, one word repeated past a posting's count.
Catalog word_index_catalog(std::size_t papers, unsigned seed) {
  static const std::vector<std::string> k_words = {"Segment",
                                                   "segmentation",
                                                   "segmenting",
                                                   "segmenter",
                                                   "reinforcing",
                                                   "reinforcement",
                                                   "reinforced",
                                                   "SAM2",
                                                   "sam",
                                                   "video",
                                                   "videos",
                                                   "happy",
                                                   "happiness",
                                                   "queries",
                                                   "query",
                                                   "lisa",
                                                   "Reasoning",
                                                   "reason",
                                                   "open-vocabulary",
                                                   "3D",
                                                   "a",
                                                   "x",
                                                   "vision",
                                                   "visionary",
                                                   "mask",
                                                   "masks",
                                                   "masking",
                                                   "\xc3\xa9t\xc3\xa9",
                                                   "2024",
                                                   "univers",
                                                   "universal",
                                                   "refer",
                                                   "referring",
                                                   "ref"};
  static const std::vector<std::string> k_name_parts = {"Video", "LISA", "Sam", "2",        "-",   "OMG",
                                                        "Lla",   "VA",   "x",   "\xc3\xa9", "Seg", "Zero"};
  static const std::vector<std::string> k_venues = {"CVPR", "NeurIPS", "ArXiv", "ICCV 2023", "TPAMI"};
  std::mt19937 random(seed);
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  std::vector<Paper> list;
  for (std::size_t i = 0; i < papers; ++i) {
    Paper p;
    p.key = "p" + std::to_string(i);
    for (std::size_t n = random() % 4; n > 0; --n) {
      p.name += pick(k_name_parts);
    }
    for (std::size_t n = random() % 8; n > 0; --n) {
      p.title += pick(k_words) + (random() % 4 == 0 ? ": " : " ");
    }
    p.venue = random() % 5 == 0 ? "" : pick(k_venues);
    if (random() % 3 != 0) {
      p.abstract.emplace();
      for (std::size_t n = random() % 30; n > 0; --n) {
        *p.abstract += pick(k_words) + ", ";
      }
    }
    if (i == 5) {
      p.abstract = std::string();
      for (int n = 0; n < 200; ++n) {
        *p.abstract += "segment ";
      }
    }
    p.year = 2020 + static_cast<int>(i % 5);
    list.push_back(std::move(p));
  }
  return test::catalog_of(std::move(list));
}

TEST(WordIndex, AnswersAsTheScanOverTheRealCatalog) {
  Store store(test::real_catalog());
  auto index = std::make_shared<const WordIndex>(WordIndex::build(store));
  EXPECT_EQ(store.size(), index->papers());
  expect_index_matches_scan(store, index);
}

TEST(WordIndex, AnswersAsTheScanOverTheSeedList) {
  Store store(test::seed_catalog());
  expect_index_matches_scan(store, std::make_shared<const WordIndex>(WordIndex::build(store)));
}

TEST(WordIndex, AnswersAsTheScanOverSyntheticCatalogs) {
  for (const auto& [papers, seed] :
       std::vector<std::pair<std::size_t, unsigned>>{{0, 1}, {1, 2}, {40, 3}, {700, 4}}) {
    Store store(word_index_catalog(papers, seed));
    auto index = std::make_shared<const WordIndex>(WordIndex::build(store));
    expect_index_matches_scan(store, index);
  }
}

TEST(WordIndex, BuiltInRunsOnThreadsItIsTheSameIndex) {
  for (const auto& [papers, seed] :
       std::vector<std::pair<std::size_t, unsigned>>{{1, 5}, {40, 6}, {700, 7}}) {
    Store store(word_index_catalog(papers, seed));
    const WordIndex alone = WordIndex::build(store, 1);
    for (const std::size_t runs : {std::size_t{2}, std::size_t{3}, std::size_t{8}}) {
      const WordIndex split = WordIndex::build(store, runs);
      EXPECT_EQ(alone.blocks(), split.blocks()) << papers << " papers in " << runs << " runs";
    }
  }
  const Store& real = test::real_store();
  EXPECT_EQ(WordIndex::build(real, 1).blocks(), WordIndex::build(real, 2).blocks());
}

TEST(WordIndex, TheScanInRunsOnThreadsAnswersAsOneRun) {
  for (const auto& [papers, seed] :
       std::vector<std::pair<std::size_t, unsigned>>{{1, 8}, {40, 9}, {700, 10}}) {
    const Store store(word_index_catalog(papers, seed));
    std::vector<SearchWord> words;
    for (const std::string& text : probe_words(store)) {
      words.push_back({text, words.size() % 3 == 0 ? Scope::title : Scope::any});
    }
    std::vector<bool> allowed(store.size());
    for (std::size_t i = 0; i < allowed.size(); ++i) {
      allowed[i] = i % 3 != 1;
    }
    for (const auto& filter : {std::vector<bool>{}, allowed}) {
      const WordScan alone = scan_words(store, words, filter, 1);
      for (const std::size_t runs : {std::size_t{2}, std::size_t{3}, std::size_t{8}}) {
        EXPECT_TRUE(same_word_scan(alone, scan_words(store, words, filter, runs)))
            << papers << " in " << runs;
      }
    }
  }
}

TEST(WordIndex, FindsStemsAndNameParts) {
  Store store(word_index_catalog(300, 9));
  const WordIndex index = WordIndex::build(store);
  EXPECT_FALSE(index.stem_terms("segment").empty());
  std::vector<DocId> names;
  index.name_hits("lisa", names);
  EXPECT_FALSE(names.empty());
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  const auto [first, last] = index.prefix_range("zzz");
  EXPECT_EQ(first, last);
}

// Each block copied into memory aligned for any element type.
struct CopiedBlocks {
  std::vector<std::vector<std::uint64_t>> memory;
  std::vector<std::string_view> views;

  explicit CopiedBlocks(const std::vector<std::string_view>& blocks) {
    for (const std::string_view block : blocks) {
      memory.emplace_back(block.size() / 8 + 1);
      std::memcpy(memory.back().data(), block.data(), block.size());
      views.emplace_back(reinterpret_cast<const char*>(memory.back().data()), block.size());
    }
  }
};

TEST(WordIndex, AViewOfItsBlocksAnswersTheSame) {
  Store store(word_index_catalog(500, 11));
  const WordIndex built = WordIndex::build(store);
  ASSERT_EQ(WordIndex::k_blocks, built.blocks().size());
  const CopiedBlocks copy(built.blocks());
  auto viewed = WordIndex::view(copy.views, store.size());
  ASSERT_TRUE(viewed.ok()) << viewed.error();
  expect_index_matches_scan(store, std::make_shared<const WordIndex>(*viewed));
}

TEST(WordIndex, AViewAnswersTheSameOverTheRealCatalog) {
  Store real(test::real_catalog());
  const WordIndex real_built = WordIndex::build(real);
  const CopiedBlocks real_copy(real_built.blocks());
  auto real_viewed = WordIndex::view(real_copy.views, real.size());
  ASSERT_TRUE(real_viewed.ok()) << real_viewed.error();
  expect_index_matches_scan(real, std::make_shared<const WordIndex>(*real_viewed));
}

// Runs a few queries over a view of blocks, if it is accepted: damaged bytes
// may give other answers, never a read outside them.
void query_damaged_view(Store& store, std::span<const std::string_view> blocks) {
  auto viewed = WordIndex::view(blocks, store.size());
  if (!viewed.ok()) {
    EXPECT_FALSE(viewed.error().empty());
    return;
  }
  store.set_word_index(std::make_shared<const WordIndex>(*viewed));
  for (const char* word : {"segment", "sam2", "lisa", "a", "", "reinforcing", "happy"}) {
    for (const Scope scope : {Scope::any, Scope::name, Scope::title}) {
      (void)scan_words(store, {SearchWord{word, scope}}, {});
    }
  }
  store.set_word_index(nullptr);
}

TEST(WordIndex, ViewRefusesEveryTruncation) {
  Store store(word_index_catalog(12, 5));
  const WordIndex built = WordIndex::build(store);
  const CopiedBlocks copy(built.blocks());
  for (std::size_t b = 0; b < WordIndex::k_blocks; ++b) {
    for (std::size_t size = 0; size < copy.views[b].size(); ++size) {
      std::vector<std::string_view> cut = copy.views;
      cut[b] = cut[b].substr(0, size);
      auto viewed = WordIndex::view(cut, store.size());
      ASSERT_FALSE(viewed.ok()) << "block " << b << " cut to " << size;
      EXPECT_NE(std::string::npos, viewed.error().find("word index")) << viewed.error();
    }
  }
}

TEST(WordIndex, ViewRefusesWrongCountsAndIds) {
  Store store(word_index_catalog(12, 6));
  const WordIndex built = WordIndex::build(store);
  CopiedBlocks copy(built.blocks());
  EXPECT_FALSE(WordIndex::view(copy.views, store.size() + 1).ok());
  EXPECT_FALSE(WordIndex::view(std::span(copy.views).first(12), store.size()).ok());
  // A posting of a paper past the last.
  auto* docs = reinterpret_cast<std::uint32_t*>(copy.memory[4].data());
  const std::uint32_t doc = docs[0];
  docs[0] = 12;
  auto viewed = WordIndex::view(copy.views, store.size());
  ASSERT_FALSE(viewed.ok());
  EXPECT_NE(std::string::npos, viewed.error().find("past the last")) << viewed.error();
  docs[0] = doc;
  // A term id past the last in the stem table.
  auto* terms = reinterpret_cast<std::uint32_t*>(copy.memory[9].data());
  terms[0] = 1000000;
  EXPECT_FALSE(WordIndex::view(copy.views, store.size()).ok());
  // A block not aligned for its elements.
  std::vector<std::string_view> shifted = copy.views;
  std::vector<char> odd(copy.views[12].size() + 1);
  std::memcpy(odd.data() + 1, copy.views[12].data(), copy.views[12].size());
  shifted[12] = std::string_view(odd.data() + 1, copy.views[12].size());
  if (reinterpret_cast<std::uintptr_t>(shifted[12].data()) % 4 != 0) {
    EXPECT_FALSE(WordIndex::view(shifted, store.size()).ok());
  }
}

TEST(WordIndex, ViewSurvivesRandomDamage) {
  Store store(word_index_catalog(30, 7));
  const WordIndex built = WordIndex::build(store);
  const CopiedBlocks pristine(built.blocks());
  std::mt19937 random(42);
  std::size_t accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    CopiedBlocks copy(built.blocks());
    for (int flips = 1 + static_cast<int>(random() % 3); flips > 0; --flips) {
      const std::size_t b = random() % WordIndex::k_blocks;
      if (copy.views[b].empty()) {
        continue;
      }
      auto* bytes = reinterpret_cast<unsigned char*>(copy.memory[b].data());
      bytes[random() % copy.views[b].size()] ^= static_cast<unsigned char>(1u << (random() % 8));
    }
    auto viewed = WordIndex::view(copy.views, store.size());
    accepted += viewed.ok() ? 1u : 0u;
    query_damaged_view(store, copy.views);
  }
  EXPECT_LT(accepted, 3000u);
}

}  // namespace
}  // namespace mllmseg
