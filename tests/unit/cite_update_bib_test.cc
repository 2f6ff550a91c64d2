#include "cite/update_bib.h"

#include <gtest/gtest.h>

namespace mllmseg::cite {
namespace {

NewEntry entry(std::string key, std::string body, std::string arxiv) {
  return NewEntry{key, "@misc{" + key + ",\n  " + body + "\n}\n", {std::move(arxiv)}, "LISA: Reasoning"};
}

TEST(CiteUpdateBib, ScanFindsKeyedEntriesOnly) {
  const std::string text =
      "% my refs @ home\n@string{cvpr = \"CVPR\"}\n@article{knuth84,\n  title = {{T}he {\\TeX}book},\n}\n"
      "@comment{ @misc{no, } }\n@Misc( lisa2024 , note = {a)b})\n";
  const auto entries = scan_bib(text, "refs.bib");
  ASSERT_TRUE(entries.ok()) << entries.error();
  ASSERT_EQ(2u, entries->size());
  EXPECT_EQ("knuth84", (*entries)[0].key);
  EXPECT_EQ(3u, (*entries)[0].line);
  EXPECT_EQ("@article{knuth84,\n  title = {{T}he {\\TeX}book},\n}",
            text.substr((*entries)[0].begin, (*entries)[0].end - (*entries)[0].begin));
  EXPECT_EQ("lisa2024", (*entries)[1].key);
  EXPECT_EQ(7u, (*entries)[1].line);
}

TEST(CiteUpdateBib, AnEntryThatNeverEndsIsAnError) {
  const auto entries = scan_bib("@misc{a, title = {x}}\n\n@misc{b,\n  title = {open\n", "refs.bib");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ("refs.bib:3: the entry starting here never ends (its braces do not balance)", entries.error());
}

TEST(CiteUpdateBib, ReplacesOwnedEntriesKeepsTheRestAddsNewOnes) {
  const std::string old_text =
      "% keep me\n@book{knuth84, title = {TeX}}\n\n@misc{LISA2024,\n  eprint = {2308.00692},\n}  trailing\n";
  const auto spans = scan_bib(old_text, "refs.bib");
  ASSERT_TRUE(spans.ok());
  const std::vector<NewEntry> fresh = {
      entry("lisa2024", "eprint = {2308.00692}, year = {2024}", "2308.00692"),
      entry("sa2va2025", "eprint = {2501.04001}", "2501.04001")};
  const BibUpdate update = update_bib(old_text, *spans, fresh, "refs.bib");
  EXPECT_EQ(
      "% keep me\n@book{knuth84, title = {TeX}}\n\n@misc{lisa2024,\n  eprint = {2308.00692}, year = {2024}\n}"
      "  trailing\n\n@misc{sa2va2025,\n  eprint = {2501.04001}\n}\n",
      update.text);
  EXPECT_EQ(1u, update.replaced);
  EXPECT_EQ(1u, update.added);
  EXPECT_EQ(1u, update.kept);
  EXPECT_TRUE(update.foreign.empty());
}

TEST(CiteUpdateBib, AnotherWorkUnderACitedKeyIsKept) {
  const std::string old_text = "@article{lisa2024,\n  title = {Something Else Entirely},\n}";
  const auto spans = scan_bib(old_text, "refs.bib");
  ASSERT_TRUE(spans.ok());
  const BibUpdate update =
      update_bib(old_text, *spans, std::vector<NewEntry>{entry("lisa2024", "x", "2308.00692")}, "refs.bib");
  EXPECT_EQ(old_text, update.text);
  ASSERT_EQ(1u, update.foreign.size());
  EXPECT_EQ("refs.bib:1: kept entry 'lisa2024', which is not 'LISA: Reasoning'", update.foreign[0]);
  EXPECT_EQ(std::vector<std::string>{"lisa2024"}, update.foreign_keys);
}

TEST(CiteUpdateBib, MarksMatchWhateverTheTexEscaping) {
  const std::string old_text = "@misc{x, title = {{LISA}: {R}easoning\n Segmentation}}";
  const auto spans = scan_bib(old_text, "refs.bib");
  ASSERT_TRUE(spans.ok());
  NewEntry fresh{"x", "@misc{x}\n", {"LISA: Reasoning Segmentation"}, "LISA"};
  EXPECT_EQ("@misc{x}", update_bib(old_text, *spans, std::span(&fresh, 1), "refs.bib").text);
}

TEST(CiteUpdateBib, AnEmptyFileGetsTheNewEntries) {
  const std::vector<NewEntry> fresh = {entry("a", "x", "1"), entry("b", "y", "2")};
  EXPECT_EQ("@misc{a,\n  x\n}\n\n@misc{b,\n  y\n}\n", update_bib("", {}, fresh, "refs.bib").text);
}

}  // namespace
}  // namespace mllmseg::cite
