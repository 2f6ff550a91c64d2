#include "util/message.h"

#include <gtest/gtest.h>

#include <string>

namespace mllmseg::text {
namespace {

TEST(ForTerminal, ControlCharactersBecomeReplacementsLineBreaksStay) {
  EXPECT_EQ("key \xEF\xBF\xBD[31mred\xEF\xBF\xBD\nnext\tcolumn",
            for_terminal("key \x1b[31mred\a\nnext\tcolumn"));
  EXPECT_EQ("csi \xEF\xBF\xBD here, cr \xEF\xBF\xBD", for_terminal("csi \xC2\x9B here, cr \r"));
  EXPECT_EQ("caf\xC3\xA9 stays", for_terminal("caf\xC3\xA9 stays"));
}

TEST(ForTerminal, LongQuotedTokensAreCutToAMarkedExcerpt) {
  const std::string token(50'000, 'a');
  const std::string message = "cannot read 'x.json': invalid string; last read: '\"" + token + "'";
  const std::string out = for_terminal(message);
  EXPECT_EQ("cannot read 'x.json': invalid string; last read: '\"" + std::string(127, 'a') +
                "\xE2\x80\xA6[49745 bytes]\xE2\x80\xA6" + std::string(128, 'a') + "'",
            out);
}

TEST(ForTerminal, AnOverlongLineIsCut) {
  const std::string out = for_terminal("number " + std::string(10'000, '9') + "\nnext");
  EXPECT_EQ("number " + std::string(k_max_line_bytes - 7, '9') + "\xE2\x80\xA6[5911 more bytes]\nnext", out);
}

TEST(ForTerminal, ShortMessagesAreUnchanged) {
  EXPECT_EQ("unknown paper 'lsia'; did you mean 'lisa'?\n",
            for_terminal("unknown paper 'lsia'; did you mean 'lisa'?\n"));
  EXPECT_EQ("", for_terminal(""));
}

TEST(Excerpt, CutsOnCharacterBoundaries) {
  EXPECT_EQ("short", excerpt("short", 10));
  // Ten two-byte letters, cut to about 8 bytes: no half letter is kept.
  const std::string e =
      excerpt("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 8);
  EXPECT_EQ("\xC3\xA9\xC3\xA9\xE2\x80\xA6[12 bytes]\xE2\x80\xA6\xC3\xA9\xC3\xA9", e);
}

}  // namespace
}  // namespace mllmseg::text
