#include "cite/markdown.h"

#include <gtest/gtest.h>

namespace mllmseg::cite {
namespace {

std::string markdown_scanned(std::string_view text) {
  std::string out;
  for (const Mention& m : scan_markdown(text)) {
    out += (out.empty() ? "" : " ") + m.text + "@" + std::to_string(m.line);
  }
  return out;
}

TEST(CiteMarkdown, BracketedAndInTextCitations) {
  EXPECT_EQ("lisa2024@1 sa2va2025@2 seg-zero2025@2",
            markdown_scanned("As [@lisa2024] shows,\n@sa2va2025 says [-@seg-zero2025]."));
}

TEST(CiteMarkdown, SeveralWithLocators) {
  EXPECT_EQ("a@1 b@1", markdown_scanned("[see @a, p. 3; @b, ch. 2]"));
}

TEST(CiteMarkdown, KeysWithInnerPunctuationNotTrailing) {
  EXPECT_EQ("arXiv:2308.00692@1 Seg-Zero@1 x_y@1 curly key@1",
            markdown_scanned("@arXiv:2308.00692. @Seg-Zero: @x_y, @{curly key}"));
}

TEST(CiteMarkdown, EmailAddressesAndUrlsAreNoCitations) {
  EXPECT_EQ("",
            markdown_scanned("mail me@example.org or <a.b@c.de>, see https://x.org/@user and \\@escaped"));
}

TEST(CiteMarkdown, CodeAndCommentsAreSkipped) {
  EXPECT_EQ("c@2 d@7 e@11", markdown_scanned("`@a` and ``x ` @b``\n"
                                             "@c\n"
                                             "```\n"
                                             "@in-fence\n"
                                             "```\n"
                                             "<!-- @hidden\n"
                                             "@still --> @d\n"
                                             "~~~~\n"
                                             "@in-tilde ~~~ is no close\n"
                                             "~~~~\n"
                                             "@e\n"));
}

TEST(CiteMarkdown, NociteMetadataAndStar) {
  EXPECT_EQ("a@3 b@3 *@4", markdown_scanned("---\nnocite: |\n  @a, @b\n  @*\n---\n"));
}

TEST(CiteMarkdown, LoneAtSignsAreNothing) { EXPECT_EQ("", markdown_scanned("@ @. @{} @-x")); }

}  // namespace
}  // namespace mllmseg::cite
