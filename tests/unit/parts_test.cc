// Long lists of papers are written in parts on several threads
// (format/parts.h): the text is the same as the papers written one by one,
// in order, and a part that fails fails the whole.

#include "format/parts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "format/delimited.h"
#include "format/export.h"
#include "format/json.h"
#include "format/table.h"
#include "format/template.h"
#include "test_support.h"

namespace mllmseg::format {
namespace {

constexpr std::size_t k_parts_test_items = 20011;

TEST(AppendInParts, ItemsAreJoinedInOrder) {
  std::string out = "head\n";
  append_in_parts(out, k_parts_test_items, [](std::size_t from, std::size_t to, std::string& part) {
    for (std::size_t i = from; i < to; ++i) {
      part += std::to_string(i) + '\n';
    }
  });
  std::string expected = "head\n";
  for (std::size_t i = 0; i < k_parts_test_items; ++i) {
    expected += std::to_string(i) + '\n';
  }
  EXPECT_EQ(expected, out);
}

// Whether the part that fails is the calling thread's or another's.
TEST(AppendInParts, AFailingPartFailsTheWhole) {
  for (const std::size_t failing : {std::size_t{10}, std::size_t{15000}}) {
    std::string out;
    EXPECT_THROW(append_in_parts(out, k_parts_test_items,
                                 [failing](std::size_t from, std::size_t to, std::string&) {
                                   if (from <= failing && failing < to) {
                                     throw std::runtime_error("part");
                                   }
                                 }),
                 std::runtime_error);
  }
}

// Three papers unlike one another, listed over and over.
struct PartsFixture {
  std::unique_ptr<Store> store;
  std::vector<DocId> ids;

  PartsFixture() {
    Paper rich =
        test::make_paper("sa2va", "Sa2VA", "ArXiv'2501", 2025, test::k_res | test::k_video,
                         "https://github.com/magic-research/Sa2VA", "Sa2VA: Marrying SAM2 with LLaVA");
    rich.authors = {"Ada", "Bob"};
    rich.abstract = "Text with \"quotes\", a tab\t and \xC3\xA9.";
    rich.arxiv = "2501.04001";
    Paper bare = test::make_paper("a", "A", "CVPR'24", 2024, test::k_ovss);
    Paper project = test::make_paper("p", "P", "ECCV'24", 2024, test::k_res);
    project.project = "https://p.github.io";
    store = test::store_of({rich, bare, project});
    for (std::size_t i = 0; i < k_parts_test_items; ++i) {
      ids.push_back(static_cast<DocId>((i * 7) % 3));
    }
  }

  // render of each paper alone, joined; skip: lines of each to leave out (a header).
  template <typename Render>
  std::string one_by_one(const Render& render, std::size_t skip = 0) const {
    std::string out;
    for (const DocId id : ids) {
      std::string alone = render(std::span<const DocId>(&id, 1));
      for (std::size_t i = 0; i < skip; ++i) {
        alone.erase(0, alone.find('\n') + 1);
      }
      out += alone;
    }
    return out;
  }
};

TEST(AppendInParts, TabSeparatedIsEachPaperInOrder) {
  const PartsFixture f;
  const auto render = [&](std::span<const DocId> ids) { return tab_separated(*f.store, ids); };
  EXPECT_EQ(f.one_by_one(render), render(f.ids));
}

TEST(AppendInParts, CsvIsItsHeaderAndEachPaperInOrder) {
  const PartsFixture f;
  const auto render = [&](std::span<const DocId> ids) { return delimited_table(*f.store, ids, ',', "\r\n"); };
  const std::string all = render(f.ids);
  const std::string header = all.substr(0, all.find('\n') + 1);
  EXPECT_EQ(header + f.one_by_one(render, 1), all);
}

TEST(AppendInParts, JsonLinesAreEachPaperInOrder) {
  const PartsFixture f;
  const auto render = [&](std::span<const DocId> ids) { return render_jsonl(*f.store, ids); };
  EXPECT_EQ(f.one_by_one(render), render(f.ids));
}

TEST(AppendInParts, TemplatesAreEachPaperInOrder) {
  const PartsFixture f;
  const auto tmpl = Template::parse("{key}\t{year}\t{authors}\t{project}");
  ASSERT_TRUE(tmpl.ok()) << tmpl.error();
  const auto render = [&](std::span<const DocId> ids) { return render_all(*tmpl, *f.store, ids); };
  EXPECT_EQ(f.one_by_one(render), render(f.ids));
}

TEST(AppendInParts, WithAFlushTheTextIsHandedOnARoundAtATime) {
  const std::size_t count = 2 * k_round + 5;
  std::string out = "head\n";
  std::vector<std::string> flushed;
  append_in_parts(
      out, count,
      [](std::size_t from, std::size_t to, std::string& part) {
        for (std::size_t i = from; i < to; ++i) {
          part += std::to_string(i) + '\n';
        }
      },
      [&](std::string& text) {
        flushed.push_back(text);
        text.clear();
      });
  ASSERT_EQ(3u, flushed.size());
  EXPECT_EQ("", out);
  std::string expected = "head\n";
  for (std::size_t i = 0; i < count; ++i) {
    expected += std::to_string(i) + '\n';
  }
  std::string joined;
  for (const std::string& piece : flushed) {
    EXPECT_LE(static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n')), k_round + 1);
    joined += piece;
  }
  EXPECT_EQ(expected, joined);
}

// What a writer hands to a flush, then returns, is what it returns without one.
template <typename Render>
std::string flushed_and_rest(const Render& render) {
  std::string all;
  std::size_t calls = 0;
  const Flush flush = [&](std::string& text) {
    all += text;
    text.clear();
    ++calls;
  };
  all += render(flush);
  EXPECT_GT(calls, 1u);
  return all;
}

TEST(AppendInParts, FlushedListingsAreTheWholeListing) {
  const PartsFixture f;
  std::vector<DocId> many;
  for (std::size_t i = 0; i < 2 * k_round + 3; ++i) {
    many.push_back(static_cast<DocId>(i % 3));
  }
  for (const bool pretty : {false, true}) {
    EXPECT_EQ(papers_array(*f.store, many, pretty), flushed_and_rest([&](const Flush& flush) {
                return papers_array(*f.store, many, pretty, flush);
              }));
  }
  // Past the first window of records gathered for a listing out of order
  // (eight rounds, format/json.cc).
  std::vector<DocId> more;
  for (std::size_t i = 0; i < 9 * k_round + 5; ++i) {
    more.push_back(static_cast<DocId>((i * 7) % 3));
  }
  EXPECT_EQ(papers_array(*f.store, more, false),
            flushed_and_rest([&](const Flush& flush) { return papers_array(*f.store, more, false, flush); }));
  EXPECT_EQ(tab_separated(*f.store, many), flushed_and_rest([&](const Flush& flush) {
              return tab_separated(*f.store, many, {}, {}, flush);
            }));
  const auto tmpl = Template::parse("{key}\t{title}\t{authors}");
  ASSERT_TRUE(tmpl.ok()) << tmpl.error();
  EXPECT_EQ(render_all(*tmpl, *f.store, many),
            flushed_and_rest([&](const Flush& flush) { return render_all(*tmpl, *f.store, many, flush); }));
}

}  // namespace
}  // namespace mllmseg::format
