#include "synthetic.h"

#include <fmt/format.h>

#include <array>
#include <random>
#include <string_view>

#include "query/lookup.h"

namespace mllmseg::bench {

namespace {

constexpr std::array<std::string_view, 24> k_name_stems = {
    "LISA",   "GLaMM",  "Pixel", "GSVA", "Ref", "Ground", "Chat",  "PSALM", "SAM", "CoRe", "VISA", "OMG",
    "Vitron", "Vision", "Token", "LaSa", "Seg", "Text",   "Hyper", "Instr", "Geo", "UFO",  "HiM",  "Villa"};
constexpr std::array<std::string_view, 12> k_name_suffixes = {"",       "-LLaVA", "Seg", "LM", "-v2", "4MLLM",
                                                              "Former", "GPT",    "-R1", "++", "Net", "2VA"};
constexpr std::array<std::string_view, 40> k_title_words = {
    "Reasoning",  "Segmentation", "via",        "Large",     "Language",    "Model",      "Models",
    "Multimodal", "Pixel",        "Grounding",  "Video",     "Referring",   "Expression", "Open-Vocabulary",
    "Semantic",   "Unified",      "Towards",    "Universal", "Visual",      "Learning",   "with",
    "for",        "and",          "Instructed", "Dense",     "Object",      "Tracking",   "Mask",
    "Tokens",     "Fine-grained", "Perception", "Interface", "Remote",      "Sensing",    "Frozen",
    "Reasoning",  "Temporal",     "SAM2",       "LLaVA",     "Conversation"};
constexpr std::array<std::string_view, 11> k_series = {"CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR", "ICML",
                                                       "WACV", "AAAI", "IJCV", "TPAMI",   "ArXiv"};
constexpr std::array<std::string_view, 24> k_given = {
    "Xin",   "Wei",  "Jiaya", "Ming", "Yu",    "Hao", "Li",    "Chen", "Anna",  "Marco", "Sara", "Ali",
    "Kaito", "Ravi", "Elena", "Omar", "Lucas", "Mei", "Tomás", "Zoë",  "Jonas", "Priya", "Ivan", "Nora"};
constexpr std::array<std::string_view, 24> k_family = {
    "Lai",   "Zhang", "Jia",   "Wang",  "Li",   "Chen",   "Liu", "Yang", "Rossi", "Müller", "Khan", "Sato",
    "Patel", "Silva", "Novak", "Huang", "Zhou", "Garcia", "Kim", "Loy",  "Xu",    "Sun",    "Ito",  "Brown"};

class Random {
 public:
  explicit Random(std::uint64_t seed) : m_engine(seed) {}
  // A number in [0, n); the modulo's bias is irrelevant here and, unlike
  // std::uniform_int_distribution, the result is the same on every platform.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename Array>
  std::string_view pick(const Array& items) {
    return items[below(items.size())];
  }

 private:
  std::mt19937_64 m_engine;
};

}  // namespace

Catalog make_catalog(std::size_t papers, std::uint64_t seed) {
  Random random(seed);
  Catalog catalog;
  catalog.format = "mllmseg-catalog/1";
  catalog.title = fmt::format("Synthetic catalog ({} papers, seed {})", papers, seed);
  catalog.papers.reserve(papers);
  for (std::size_t i = 0; i < papers; ++i) {
    Paper p;
    p.name = fmt::format("{}{}", random.pick(k_name_stems), random.pick(k_name_suffixes));
    // Short names repeat across papers, as in real lists; keys stay unique.
    p.key = fmt::format("{}-{}", slug(p.name), i);
    const std::size_t words = 5 + random.below(9);
    p.title = p.name + ":";
    for (std::size_t w = 0; w < words; ++w) {
      p.title += ' ';
      p.title += random.pick(k_title_words);
    }
    const std::string_view series = random.pick(k_series);
    p.year = 2019 + static_cast<int>(random.below(8));
    const int month = 1 + static_cast<int>(random.below(12));
    const std::string arxiv = fmt::format("{:02}{:02}.{:05}", p.year % 100, month, random.below(30000));
    if (series == "ArXiv") {
      p.month = month;
      p.venue = fmt::format("ArXiv'{:02}{:02}", p.year % 100, month);
    } else {
      p.venue = fmt::format("{}'{:02}", series, p.year % 100);
    }
    do {
      p.tasks = static_cast<TaskSet>(random.below(8));
    } while (p.tasks == 0);
    if (random.chance(95)) {
      p.arxiv = arxiv;
      p.pdf = "https://arxiv.org/abs/" + arxiv;
    } else {
      p.pdf = fmt::format("https://link.springer.com/article/10.1007/s11263-0{}-{:05}-x", p.year % 100,
                          i % 100000);
    }
    if (random.chance(85)) {
      p.code = fmt::format("https://github.com/{}/{}", random.pick(k_family), p.name);
    }
    if (random.chance(90)) {
      const std::size_t authors = 2 + random.below(9);
      for (std::size_t a = 0; a < authors; ++a) {
        p.authors.push_back(fmt::format("{} {}", random.pick(k_given), random.pick(k_family)));
      }
    }
    catalog.papers.push_back(std::move(p));
  }
  return catalog;
}

}  // namespace mllmseg::bench
