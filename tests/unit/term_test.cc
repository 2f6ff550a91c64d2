#include <gtest/gtest.h>

#include "term/opener.h"
#include "term/pager.h"

namespace mllmseg::term {
namespace {

using Commands = std::vector<std::vector<std::string>>;
constexpr std::string_view k_url = "https://arxiv.org/abs/2308.00692";

TEST(OpenCommands, DesktopOpenerWithoutBrowser) {
  EXPECT_EQ((Commands{{"xdg-open", std::string(k_url)}}), open_commands("", k_url, Platform::linux_like));
  EXPECT_EQ((Commands{{"open", std::string(k_url)}}), open_commands("", k_url, Platform::macos));
}

TEST(OpenCommands, EachBrowserCommandFirstLinkLastUnlessPlaced) {
  EXPECT_EQ((Commands{{"firefox", std::string(k_url)},
                      {"w3m", "-N", std::string(k_url), "-M"},
                      {"xdg-open", std::string(k_url)}}),
            open_commands("firefox:w3m -N %s -M", k_url, Platform::linux_like));
}

TEST(OpenCommands, PercentEscapesAndEmptyEntries) {
  EXPECT_EQ((Commands{{"b", "--url=" + std::string(k_url) + "&x=100%"}, {"open", std::string(k_url)}}),
            open_commands("::  b  --url=%s&x=100%%  ::", k_url, Platform::macos));
}

TEST(OpenCommands, NoShellSoTheLinkIsOneArgument) {
  EXPECT_EQ((Commands{{"echo", "a b;$(x)"}, {"xdg-open", "a b;$(x)"}}),
            open_commands("echo", "a b;$(x)", Platform::linux_like));
}

TEST(OpenRefusal, OnlyHttpAndHttpsLinksAreOpened) {
  EXPECT_EQ(std::nullopt, open_refusal(k_url));
  EXPECT_EQ(std::nullopt, open_refusal("http://example.org"));
  EXPECT_EQ(std::nullopt, open_refusal("HTTPS://example.org"));
  const std::string only = ", and only http and https links are opened";
  EXPECT_EQ("its scheme is javascript:" + only, open_refusal("javascript:alert(1)"));
  EXPECT_EQ("its scheme is javascript:" + only, open_refusal(" Java\tScript:alert(1)"));
  EXPECT_EQ("its scheme is file:" + only, open_refusal("file:///etc/passwd"));
  EXPECT_EQ("its scheme is data:" + only, open_refusal("data:text/html,<script>alert(1)</script>"));
  const std::string no_link = "it is not an http or https link, and only those are opened";
  EXPECT_EQ(no_link, open_refusal("--new-window=https://example.org"));
  EXPECT_EQ(no_link, open_refusal("-"));
  EXPECT_EQ(no_link, open_refusal(""));
  EXPECT_EQ(no_link, open_refusal(" https://example.org"));  // would reach the opener with its space
  EXPECT_EQ(no_link, open_refusal("https:example.org"));
}

TEST(LinkScheme, AsABrowserReadsIt) {
  EXPECT_EQ("https", link_scheme(k_url));
  EXPECT_EQ("javascript", link_scheme("\x01 JAVA\nscript:x"));
  EXPECT_EQ("vbscript", link_scheme("VBScript:x"));
  EXPECT_EQ(std::nullopt, link_scheme("--new-window=javascript:x"));
  EXPECT_EQ(std::nullopt, link_scheme("/a/b:c"));
  EXPECT_EQ(std::nullopt, link_scheme(":x"));
  EXPECT_TRUE(is_unsafe_scheme("file"));
  EXPECT_FALSE(is_unsafe_scheme("https"));
}

TEST(PagerCommand, MllmsegPagerThenPagerThenLess) {
  EXPECT_EQ("less -FRX", pager_command(nullptr, nullptr));
  EXPECT_EQ("most", pager_command("most", "more"));
  EXPECT_EQ("more", pager_command(nullptr, "more"));
  EXPECT_EQ("less -R", pager_command("  less -R ", nullptr));
}

TEST(PagerCommand, EmptyOrCatMeansNone) {
  EXPECT_EQ(std::nullopt, pager_command("", "less"));
  EXPECT_EQ(std::nullopt, pager_command(nullptr, ""));
  EXPECT_EQ(std::nullopt, pager_command("cat", nullptr));
  EXPECT_EQ(std::nullopt, pager_command(nullptr, " cat"));
}

TEST(ScreenRows, LinesWrappedAtTheWidthWithoutColourCodes) {
  EXPECT_EQ(0u, screen_rows("", 80));
  EXPECT_EQ(2u, screen_rows("a\nb\n", 80));
  EXPECT_EQ(3u, screen_rows("a\n\nb", 80));
  EXPECT_EQ(1u, screen_rows("\x1b[1;36mabc\x1b[0m\n", 3));
  EXPECT_EQ(2u, screen_rows("abcd\n", 3));
  EXPECT_EQ(2u, screen_rows("\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\n", 3));
}

TEST(NeedsPager, OnlyWhenTheOutputAndPromptDoNotFit) {
  std::string text;
  for (int i = 0; i < 23; ++i) {
    text += "line\n";
  }
  EXPECT_FALSE(needs_pager(text, 24, 80));
  EXPECT_TRUE(needs_pager(text + "line\n", 24, 80));
  EXPECT_TRUE(needs_pager(text, 24, 2));  // every line wraps
  EXPECT_FALSE(needs_pager(text, 0, 80));
}

}  // namespace
}  // namespace mllmseg::term
