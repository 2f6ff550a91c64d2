// A catalog of thousands of papers is read in batches, each read on two
// threads (catalog/load.cc): its papers arrive in order, and its problems are
// the ones a paper-at-a-time reading reports, with the same whole messages.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/load.h"
#include "catalog/paper_fast.h"
#include "catalog/simdjson_library.h"
#include "source/catalog_source.h"
#include "store/store.h"

namespace mllmseg {
namespace {

constexpr std::size_t k_batch_test_papers = 10000;

std::string batch_paper_line(std::size_t i) {
  const std::string n = std::to_string(i);
  return R"({"key": "p)" + n + R"(", "name": "P)" + n + R"(", "title": "Paper )" + n +
         R"(", "venue": "CVPR'24", "year": 2024, "tasks": ["res"], "arxiv": null, "pdf": "https://e.org/)" +
         n + R"(.pdf", "code": null})";
}

std::vector<std::string> batch_paper_lines() {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < k_batch_test_papers; ++i) {
    lines.push_back(batch_paper_line(i));
  }
  return lines;
}

// One paper a line, the first on line 2.
std::string batch_catalog(const std::vector<std::string>& lines) {
  std::string text = "{\"papers\": [\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    text += lines[i];
    text += i + 1 < lines.size() ? ",\n" : "\n";
  }
  return text + "]}\n";
}

void drop_title(std::vector<std::string>& lines, std::size_t i) {
  const std::string title = "\"title\": \"Paper " + std::to_string(i) + "\", ";
  lines[i].erase(lines[i].find(title), title.size());
}

TEST(LoadBatches, PapersArriveInOrder) {
  auto catalog = parse_catalog(batch_catalog(batch_paper_lines()), "big.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  ASSERT_EQ(k_batch_test_papers, catalog->papers.size());
  for (std::size_t i = 0; i < k_batch_test_papers; ++i) {
    ASSERT_EQ("p" + std::to_string(i), catalog->papers[i].key);
    ASSERT_EQ("Paper " + std::to_string(i), catalog->papers[i].title);
  }
}

TEST(LoadBatches, TheFirstBadPaperIsTheError) {
  auto lines = batch_paper_lines();
  drop_title(lines, 7000);  // read by the other thread of the same batch of 4096
  drop_title(lines, 5000);
  EXPECT_EQ("big.json: papers[5000] (key \"p5000\"): missing field \"title\"",
            parse_catalog(batch_catalog(lines), "big.json").error());
}

TEST(LoadBatches, APaperThatIsNoObjectIsNamed) {
  auto lines = batch_paper_lines();
  lines[2600] = "7";
  EXPECT_EQ("big.json: papers[2600]: expected an object, found number",
            parse_catalog(batch_catalog(lines), "big.json").error());
}

TEST(LoadBatches, ARepeatedKeyNamesBothPapers) {
  auto lines = batch_paper_lines();
  lines[7000].replace(lines[7000].find("\"p7000\""), 7, "\"p100\"");
  EXPECT_EQ("big.json: papers[7000] (key \"p100\"): duplicate key, first used by papers[100]",
            parse_catalog(batch_catalog(lines), "big.json").error());
}

// Malformed JSON after a bad paper is the error, at its line and column, as
// nlohmann-json names it.
TEST(LoadBatches, MalformedJsonAfterABadPaperIsTheError) {
  auto lines = batch_paper_lines();
  drop_title(lines, 3000);
  lines[8200].replace(lines[8200].find("\"name\""), 6, "\"name\",");
  EXPECT_EQ("big.json:8202:24: syntax error while parsing object separator - unexpected ','; expected ':'",
            parse_catalog(batch_catalog(lines), "big.json").error());
}

// A catalog of several of the scanner's 4 MiB windows, written one member a
// line, as jq and mllmseg write catalogs: each window is indexed ahead on a
// thread of its own while the one before is scanned, and most end inside a
// paper, which is then found again from its start in a larger window.
TEST(LoadBatches, PapersAcrossManyWindowsArriveWhole) {
  constexpr std::size_t k_papers = 6000;
  const std::string abstract(1500, 'a');
  std::string text = "{\n  \"papers\": [\n";
  for (std::size_t i = 0; i < k_papers; ++i) {
    const std::string n = std::to_string(i);
    text += "    {\n      \"key\": \"p" + n + "\",\n      \"name\": \"P" + n +
            "\",\n      \"title\": \"Paper " + n +
            "\",\n      \"venue\": \"CVPR'24\",\n      \"year\": 2024,\n      \"tasks\": [\n        "
            "\"res\"\n      ],\n"
            "      \"arxiv\": null,\n      \"code\": null,\n      \"abstract\": \"" +
            n + abstract + "\"\n    }";
    text += i + 1 < k_papers ? ",\n" : "\n";
  }
  text += "  ]\n}\n";
  ASSERT_GT(text.size(), std::size_t{8} << 20);
  // The scanner itself finds every paper's span and its structural
  // characters, which the fast path reads (the loader would hide a wrong
  // span: it reads the document again with nlohmann-json); also where no
  // line ends an element, so that every window is cut inside a paper.
  ASSERT_TRUE(json::load_simdjson());
  const auto scan_all = [&](const std::string& doc) {
    const std::string padded = doc + std::string(json::k_padding, '\0');
    json::Scanner scanner(std::string_view(padded).substr(0, doc.size()), json::k_padding);
    json::Scanner::Span span;
    ASSERT_EQ('{', scanner.peek());
    scanner.skip();
    ASSERT_TRUE(scanner.value(span));  // "papers"
    scanner.skip();                    // :
    ASSERT_EQ('[', scanner.peek());
    scanner.skip();
    std::vector<std::uint32_t> structurals;
    Paper p;
    for (std::size_t i = 0; i < k_papers; ++i) {
      structurals.clear();
      ASSERT_TRUE(scanner.value(span, &structurals)) << i;
      ASSERT_TRUE(reader::read_paper_fast(span.bytes, structurals, p)) << i;
      ASSERT_EQ("p" + std::to_string(i), p.key);
      ASSERT_EQ(std::to_string(i) + abstract, p.abstract.value_or("")) << i;
      ASSERT_EQ(i + 1 < k_papers ? ',' : ']', scanner.peek()) << i;
      scanner.skip();
    }
    ASSERT_EQ('}', scanner.peek());
    scanner.skip();
    EXPECT_TRUE(scanner.at_end());
  };
  scan_all(text);
  std::string commas_first = text;
  for (std::size_t at = 0; (at = commas_first.find("},\n    {", at)) != std::string::npos; at += 8) {
    commas_first.replace(at, 8, "}\n    ,{");
  }
  scan_all(commas_first);
  auto catalog = parse_catalog(text, "big.json");
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  ASSERT_EQ(k_papers, catalog->papers.size());
  for (std::size_t i = 0; i < k_papers; ++i) {
    ASSERT_EQ("p" + std::to_string(i), catalog->papers[i].key);
    ASSERT_EQ(std::to_string(i) + abstract, catalog->papers[i].abstract.value_or("")) << i;
  }
  // A bad paper in a later window is still the error, by its place.
  const std::string key = "\"key\": \"p5000\"";
  text.replace(text.find(key), key.size(), "\"key\": \"P5000\"");
  EXPECT_EQ(
      "big.json: papers[5000]: field \"key\" must be a lowercase slug of a-z, 0-9 and '-', found \"P5000\"",
      parse_catalog(text, "big.json").error());
}

// A split sink's prepare runs for each paper (on either thread) and its add
// gets, in order, what prepare made of each paper.
TEST(LoadBatches, ASplitSinkAddsWhatItPreparedInOrder) {
  std::vector<std::string> added;
  std::size_t mismatched = 0;
  const SplitSink sink{[](const Paper& p, std::string& prepared) { prepared = p.key + "|" + p.title; },
                       [&](std::size_t index, std::string_view prepared) {
                         mismatched += index == added.size() ? 0U : 1U;
                         added.emplace_back(prepared);
                       }};
  const auto header = read_catalog(batch_catalog(batch_paper_lines()), "big.json", sink);
  ASSERT_TRUE(header.ok()) << header.error();
  EXPECT_EQ(0u, mismatched);
  ASSERT_EQ(k_batch_test_papers, added.size());
  for (std::size_t i = 0; i < k_batch_test_papers; ++i) {
    ASSERT_EQ("p" + std::to_string(i) + "|Paper " + std::to_string(i), added[i]);
  }
}

// A catalog that the loader reads a second time (its 1e-400 underflows:
// nlohmann-json's rendering is read instead) after it has packed 3,000 of
// its papers: the store holds each paper once, the second reading's.
TEST(LoadBatches, ACatalogReadTwiceIsStoredOnce) {
  char name[] = "/tmp/mllmseg-source-XXXXXX.json";
  const int fd = ::mkstemps(name, 5);
  ASSERT_GE(fd, 0);
  std::string text = "{\"papers\": [\n";
  for (int i = 0; i < 3000; ++i) {
    text += R"({"key": "p)" + std::to_string(i) + R"(", "name": "N", "title": "Title )" + std::to_string(i) +
            R"(", "venue": "CVPR'24", "year": 2024, "tasks": ["res"], "arxiv": null, "code": null})";
    text += i + 1 < 3000 ? ",\n" : "\n";
  }
  text += "], \"x\": 1e-400}\n";
  ASSERT_EQ(static_cast<ssize_t>(text.size()), ::write(fd, text.data(), text.size()));
  ::close(fd);
  auto read = source::read_store({name, "twice.json", "--catalog"}, false);
  ::unlink(name);
  ASSERT_TRUE(read) << read.error();
  const Store& store = *read->value;
  ASSERT_EQ(3000u, store.size());
  for (DocId id = 0; id < 3000; ++id) {
    ASSERT_EQ("p" + std::to_string(id), store.key(id));
    ASSERT_EQ("Title " + std::to_string(id), store.paper(id).title);
  }
}

}  // namespace
}  // namespace mllmseg
