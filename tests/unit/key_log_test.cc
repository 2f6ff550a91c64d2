#include "catalog/key_log.h"

#include <gtest/gtest.h>

#include <string>

#include "catalog/load.h"

namespace mllmseg {
namespace {

std::string repeat_of(std::initializer_list<std::string_view> keys) {
  KeyLog log;
  for (std::string_view k : keys) {
    log.add(k);
  }
  const auto repeat = log.first_repeat();
  return repeat ? std::string(repeat->key) + " at " + std::to_string(repeat->index) + ", first " +
                      std::to_string(repeat->first)
                : "none";
}

TEST(KeyLog, NoKeysAndDistinctKeysHaveNoRepeat) {
  EXPECT_EQ("none", repeat_of({}));
  EXPECT_EQ("none", repeat_of({"a", "b", "ab", "ba", ""}));
}

TEST(KeyLog, ARepeatNamesBothPapers) { EXPECT_EQ("a at 2, first 0", repeat_of({"a", "b", "a"})); }

TEST(KeyLog, TheRepeatEarliestInTheCatalogWins) {
  EXPECT_EQ("b at 3, first 1", repeat_of({"a", "b", "c", "b", "a"}));
  EXPECT_EQ("z at 3, first 2", repeat_of({"y", "x", "z", "z", "x", "y"}));
}

TEST(KeyLog, AThirdCopyStillNamesTheFirst) {
  EXPECT_EQ("k at 1, first 0", repeat_of({"k", "k", "k"}));
  EXPECT_EQ("k at 2, first 0", repeat_of({"k", "j", "k", "k"}));
}

TEST(KeyLog, ManyKeys) {
  KeyLog log;
  for (int i = 0; i < 100000; ++i) {
    log.add("paper-" + std::to_string(i));
  }
  EXPECT_FALSE(log.first_repeat().has_value());
  log.add("paper-77777");
  ASSERT_TRUE(log.first_repeat().has_value());
  EXPECT_EQ(100000u, log.first_repeat()->index);
  EXPECT_EQ(77777u, log.first_repeat()->first);
}

// The loader reports the first problem in catalog order, whether that is a
// repeated key or a bad field, though repeats are found at the end.
std::string keys_load_error(std::string_view papers) {
  const auto catalog = parse_catalog("{\"papers\": [" + std::string(papers) + "]}", "c.json");
  return catalog.ok() ? "ok" : catalog.error();
}

constexpr std::string_view k_a = R"({"key": "a", "name": "A", "title": "T", "venue": "V", "year": 2024,
  "tasks": [], "arxiv": null, "pdf": "p", "code": null})";
constexpr std::string_view k_b = R"({"key": "b", "name": "B", "title": "T", "venue": "V", "year": 2024,
  "tasks": [], "arxiv": null, "pdf": "p", "code": null})";
constexpr std::string_view k_bad = R"({"key": "c", "name": "C", "title": 7})";

TEST(KeyLog, ARepeatBeforeABadPaperIsReported) {
  EXPECT_EQ("c.json: papers[1] (key \"a\"): duplicate key, first used by papers[0]",
            keys_load_error(std::string(k_a) + "," + std::string(k_a) + "," + std::string(k_bad)));
}

TEST(KeyLog, ABadPaperBeforeARepeatIsReported) {
  EXPECT_EQ("c.json: papers[1] (key \"c\"): field \"title\" must be a string, found number",
            keys_load_error(std::string(k_a) + "," + std::string(k_bad) + "," + std::string(k_a)));
}

TEST(KeyLog, DistinctPapersLoad) {
  EXPECT_EQ("ok", keys_load_error(std::string(k_a) + "," + std::string(k_b)));
}

}  // namespace
}  // namespace mllmseg
