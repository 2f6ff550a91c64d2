// The loader's fast path for a paper (catalog/paper_fast.h) against the slow
// one it stands in for (json::ValueReader and reader::read_paper): on the
// repository's catalogs, on hand-written papers it must decline, and on
// random edits of valid papers, whatever it accepts the slow path accepts
// too, read into the same Paper.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/json_reader.h"
#include "catalog/json_scan.h"
#include "catalog/paper_fast.h"
#include "catalog/paper_reader.h"
#include "catalog/simdjson_library.h"
#include "test_support.h"

namespace mllmseg {
namespace {

// The bytes of one value followed by k_padding NUL bytes, as the scanner
// hands a span over.
struct PfPadded {
  std::string buffer;
  std::size_t size = 0;
  explicit PfPadded(std::string_view bytes) : buffer(bytes), size(bytes.size()) {
    buffer.append(json::k_padding, '\0');
  }
  std::string_view bytes() const { return std::string_view(buffer).substr(0, size); }
};

// What the loader's slow path makes of a paper's bytes: nullopt when the
// reader gives up or read_paper refuses it.
std::optional<Paper> pf_slow(std::string_view text) {
  static json::ValueReader reader;
  const PfPadded padded(text);
  json::Tree tree;
  // Nesting is no deeper than the brackets the value has.
  const auto depth = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return c == '[' || c == '{'; }));
  if (!reader.read(padded.bytes(), depth + 1, tree, false) || !tree.root().is_object()) {
    return std::nullopt;
  }
  Paper p;
  try {
    reader::read_paper(tree.root(), "test", 0, p);
  } catch (const reader::Invalid&) {
    return std::nullopt;
  }
  return p;
}

bool pf_fast(std::string_view text, Paper& into) {
  const PfPadded padded(text);
  return reader::read_paper_fast(padded.bytes(), into);
}

// The papers of a catalog file, each its own bytes as the loader's scanner
// finds them; empty when the file has no "papers" array.
std::vector<std::string> pf_paper_spans(const std::string& text) {
  std::vector<std::string> papers;
  const PfPadded padded(text);
  json::Scanner scanner(padded.bytes(), json::k_padding);
  json::Scanner::Span span;
  if (scanner.peek() != '{') {
    return papers;
  }
  scanner.skip();
  while (scanner.peek() == '"' && scanner.value(span)) {
    std::string name;
    json::ValueReader names;
    if (!names.string(span.bytes, name) || scanner.peek() != ':') {
      break;
    }
    scanner.skip();
    if (name == "papers" && scanner.peek() == '[') {
      scanner.skip();
      while (scanner.peek() != ']' && scanner.value(span)) {
        papers.emplace_back(span.bytes);
        if (scanner.peek() == ',') {
          scanner.skip();
        }
      }
      scanner.skip();
    } else if (!scanner.value(span)) {
      break;
    }
    if (scanner.peek() == ',') {
      scanner.skip();
    }
  }
  return papers;
}

class PaperFast : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(json::load_simdjson()); }
};

// Reads text both ways: the fast path accepts it only when the slow one
// does, with the same paper, and into a paper that held another one.
void pf_check(std::string_view text, bool* accepted = nullptr) {
  Paper fast = test::make_paper("stale", "Stale", "X", 1999, test::k_video, "https://code");
  fast.month = 3;
  fast.submitted = "2020-01-01";
  fast.abstract = "old";
  fast.authors = {"A", "B", "C"};
  fast.entries.push_back(Entry{});
  fast.fixes.push_back(Fix{});
  fast.authors_source = AuthorSource{};
  const bool ok = pf_fast(text, fast);
  if (accepted != nullptr) {
    *accepted = ok;
  }
  if (ok) {
    const auto slow = pf_slow(text);
    ASSERT_TRUE(slow) << "the fast path accepts what the slow one refuses: " << text;
    EXPECT_TRUE(test::same_paper(fast, *slow)) << text;
  }
}

TEST_F(PaperFast, AgreesWithTheSlowPathOnTheRepositorysCatalogs) {
  std::vector<std::string> files = {test::source_path("catalog/papers.json")};
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(test::source_path("tests/fixtures"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path().string());
    }
  }
  for (const std::string& file : files) {
    const auto papers = pf_paper_spans(test::read_text_file(file));
    std::size_t accepted = 0;
    for (const std::string& paper : papers) {
      bool ok = false;
      pf_check(paper, &ok);
      accepted += ok ? 1 : 0;
    }
    if (file.ends_with("catalog/papers.json")) {
      ASSERT_GE(papers.size(), 50u);
      // Every paper of the real catalog is plain enough for the fast path.
      EXPECT_GE(accepted * 10, papers.size() * 9) << accepted << " of " << papers.size();
    }
  }
}

constexpr std::string_view k_pf_base =
    R"({"key":"a-1","name":"A","title":"T","venue":"CVPR'24","year":2024,"tasks":["res"],"arxiv":null,"code":null})";

// The base paper with extra members before its closing brace.
std::string pf_with(std::string_view members) {
  std::string text(k_pf_base.substr(0, k_pf_base.size() - 1));
  return text + "," + std::string(members) + "}";
}

const std::string k_pf_full =
    pf_with(R"("month":7,"pdf":"https://x/a.pdf","project":"https://p","submitted":"2024-02-29",)"
            R"("published":null,"listed":"2025-01-09","listed_by":"update","doi":"10.1/x","abstract":"Ab",)"
            R"("authors":["X Y","Z"],"entries":[{"task":"ovss","number":12,"id":"1001","after_title":" x ",)"
            R"("after_links":null},{"task":"video","number":0,"id":"2"}],"fixes":[{"entry":"e","field":"f",)"
            R"("listed":"l","curated":"c","why":"w"}],"authors_source":{"urls":["u1","u2"],"confirmed":true,)"
            R"("note":"n","later_authors":null})");

TEST_F(PaperFast, ReadsPlainPapersAsTheSlowPathDoes) {
  for (const std::string& text :
       {std::string(k_pf_base), k_pf_full,
        pf_with(R"("month":null,"pdf":null,"authors":null,"entries":null)"),
        pf_with(R"("fixes":[],"authors_source":{},"authors":[])"),
        std::string(
            "{ \"key\" : \"b\" ,\n \"name\":\"\", \"title\":\"\",\"venue\":\"\",\"year\":0,\"tasks\":[ "
            "\"res\" , \"video\",\"res\"] ,\"arxiv\":\"1\",\"code\":\"c\" }\n  ")}) {
    bool accepted = false;
    pf_check(text, &accepted);
    EXPECT_TRUE(accepted) << text;
  }
  // A paper read over another one keeps none of its values.
  Paper p;
  ASSERT_TRUE(pf_fast(k_pf_full, p));
  ASSERT_TRUE(pf_fast(k_pf_base, p));
  EXPECT_TRUE(test::same_paper(p, *pf_slow(k_pf_base)));
}

// Papers the fast path declines, with what the slow path makes of them.
struct PfCase {
  std::string text;
  bool slow_accepts;
};

TEST_F(PaperFast, DeclinesWhatItCannotVouchFor) {
  const std::string base(k_pf_base);
  const auto replaced = [&](std::string_view from, std::string_view to) {
    std::string text = base;
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  const std::vector<PfCase> cases = {
      // Refused by the slow path too.
      {pf_with(R"("name":"B")"), false},                           // a member twice
      {replaced(R"("T")", "\"T\x01\""), false},                    // a control character
      {replaced(R"("T")", "\"T\tx\""), false},                     // a raw tab
      {replaced(R"("a-1")", R"("A-1")"), false},                   // not a slug
      {replaced(R"("a-1")", R"("")"), false},                      // an empty key
      {pf_with(R"("month":13)"), false},                           // no such month
      {pf_with(R"("month":0)"), false},                            //
      {pf_with(R"("month":"7")"), false},                          //
      {replaced(R"(["res"])", R"(["seg"])"), false},               // an unknown task
      {replaced(R"(["res"])", R"([1])"), false},                   //
      {replaced(R"(["res"])", R"("res")"), false},                 //
      {pf_with(R"("submitted":"2023-02-29")"), false},             // no such day
      {pf_with(R"("listed":"2023-1-09")"), false},                 //
      {pf_with(R"("published":5)"), false},                        //
      {replaced(R"("A")", "1"), false},                            // wrong types
      {replaced("2024", R"("2024")"), false},                      //
      {replaced("2024", "2024.0"), false},                         //
      {replaced("2024", "2e3"), false},                            //
      {replaced("2024", "true"), false},                           //
      {replaced(R"("arxiv":null)", R"("arxiv":5)"), false},        //
      {replaced(R"("arxiv":null)", R"("arxiv":nul)"), false},      //
      {replaced(R"("arxiv":null)", R"("arxiv":nulll)"), false},    //
      {pf_with(R"("pdf":true)"), false},                           //
      {pf_with(R"("authors":"A B")"), false},                      //
      {pf_with(R"("authors":["A",1])"), false},                    //
      {pf_with(R"("entries":{})"), false},                         //
      {pf_with(R"("entries":[1])"), false},                        //
      {pf_with(R"("entries":[{"task":"res","id":"x"}])"), false},  // a member missing
      {pf_with(R"("entries":[{"task":"res","number":"1","id":"x"}])"), false},
      {pf_with(R"("entries":[{"task":"res","number":1,"id":"x","after_title":1}])"), false},
      {pf_with(R"("fixes":[{"entry":"e","field":"f","listed":"l","curated":"c"}])"), false},
      {pf_with(R"("authors_source":[])"), false},                                      //
      {pf_with(R"("authors_source":{"confirmed":null})"), false},                      //
      {pf_with(R"("authors_source":{"urls":"u"})"), false},                            //
      {replaced(R"(,"code":null)", ""), false},                                        // required members
      {replaced(R"("arxiv":null,)", ""), false},                                       //
      {replaced(R"("tasks":["res"],)", ""), false},                                    //
      {base + " x", false},                                                            // something after it
      {base + "}", false},                                                             //
      {base + ",", false},                                                             //
      {base + "{}", false},                                                            //
      {base.substr(0, base.size() - 1), false},                                        // no end
      {replaced("2024", "02024"), false},                                              // a leading zero
      {replaced("2024", "-"), false},                                                  //
      {pf_with(R"("entries":[{"task":"res","number":1,"id":"x","id":"y"}])"), false},  // twice, nested
      {pf_with(R"("authors_source":{"note":null,"note":null})"), false},               //
      {pf_with(R"("extra":{"a":1,"a":2})"), false},                                    //
      {replaced(R"("T")", "\"" + std::string(k_max_string_bytes + 1, 't') + "\""), false},  // too long
      {replaced(R"("T")", R"("T\x")"), false},                                              // a bad escape
      {replaced(R"("T")", R"("\ud83d")"), false},  // a surrogate alone
      {"[" + base + "]", false},                   // not an object
      {R"("key")", false},                         //
      {"{}", false},                               //
      // Accepted by the slow path: declined to keep the fast one simple.
      {pf_with(R"("extra":1)"), true},                                        // an unknown member
      {replaced(R"("T")", R"("T\u00e9\"")"), true},                           // escapes
      {replaced(R"("name")", R"("n\u0061me")"), true},                        //
      {replaced("2024", "-2024"), true},                                      // a sign
      {replaced("2024", "1234567890"), true},                                 // ten digits
      {pf_with(R"("entries":[{"task":"res","number":-1,"id":"x"}])"), true},  //
      {pf_with(R"("entries":[{"task":"res","number":1,"id":"x","x":0}])"), true},
      {pf_with(R"("authors_source":{"other":[]})"), true},  //
  };
  for (const PfCase& c : cases) {
    Paper p;
    EXPECT_FALSE(pf_fast(c.text, p)) << c.text.substr(0, 200);
    EXPECT_EQ(c.slow_accepts, pf_slow(c.text).has_value()) << c.text.substr(0, 200);
  }
}

// A special byte at every place of strings of every length, with the span's
// NUL padding right after the last one: a control character is refused by
// simdjson's first stage, which finds the tokens, a backslash by the fast
// path's own check.
TEST_F(PaperFast, ChecksEveryByteOfStringsOfEveryLength) {
  for (std::size_t size = 0; size < 40; ++size) {
    // The last string ends right before the closing brace and the padding.
    const std::string plain = std::string(size, 'a') + "\xC3\xA9";
    bool accepted = false;
    pf_check(pf_with("\"abstract\":\"" + plain + "\",\"doi\":\"" + plain + "\""), &accepted);
    EXPECT_TRUE(accepted) << size;
    for (std::size_t at = 0; at <= size; ++at) {
      for (const char special : {'\x01', '\x1f', '\n', '\\'}) {
        std::string value = std::string(size, 'a');
        value.insert(at, 1, special);
        const std::string text = pf_with("\"abstract\":\"" + value + "\"");
        Paper p;
        EXPECT_FALSE(pf_fast(text, p)) << size << " " << at << " " << int{special};
        if (special != '\\') {
          EXPECT_FALSE(pf_slow(text)) << size << " " << at;
        }
      }
    }
  }
}

// Random edits of valid papers: whatever the fast path accepts, the slow
// path accepts as the same paper.
TEST_F(PaperFast, AcceptsNoEditedPaperTheSlowPathRefuses) {
  const std::vector<std::string> seeds = {
      std::string(k_pf_base), k_pf_full,
      R"({"key": "x-2", "name": "X", "title": "Y", "venue": "ICCV'23", "year": 2023, "month": 10, )"
      R"("tasks": ["ovss", "video"], "arxiv": "2301.00001", "code": "https://c", "authors": ["P Q"]})"};
  const std::string alphabet = std::string("\"{}[],:\\0123456789aeflnrstu- \n\t\x01\x1f") + '\0';
  std::mt19937 random(20240531);
  std::size_t accepted = 0;
  constexpr int k_edits = 20000;
  for (int n = 0; n < k_edits; ++n) {
    std::string text = seeds[static_cast<std::size_t>(n) % seeds.size()];
    const int count = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < count && !text.empty(); ++e) {
      const std::size_t at = random() % text.size();
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0:
          text[at] = c;
          break;
        case 1:
          text.insert(at, 1, c);
          break;
        default:
          text.erase(at, 1);
          break;
      }
    }
    bool ok = false;
    pf_check(text, &ok);
    accepted += ok ? 1 : 0;
    if (HasFatalFailure()) {
      return;
    }
  }
  // Some edits keep a valid paper (a letter for a letter): the test sees both sides.
  EXPECT_GT(accepted, 100u);
  EXPECT_LT(accepted, static_cast<std::size_t>(k_edits));
}

}  // namespace
}  // namespace mllmseg
