// Which catalog a command reads, and reading it: the order of --catalog,
// MLLMSEG_CATALOG, the user catalog and the built-in one; a markdown list
// read as a catalog; what an error says to a user who did not name the file.
#include "source/catalog_source.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <optional>

#include "test_support.h"

namespace mllmseg::source {
namespace {

// Sets an environment variable for one test, and puts the old value back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : m_name(name) {
    if (const char* old = std::getenv(name)) {
      m_old = old;
    }
    if (value == nullptr) {
      ::unsetenv(name);
    } else {
      ::setenv(name, value, 1);
    }
  }
  ~ScopedEnv() {
    if (m_old) {
      ::setenv(m_name, m_old->c_str(), 1);
    } else {
      ::unsetenv(m_name);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* m_name;
  std::optional<std::string> m_old;
};

TEST(Choose, TheFlagComesFirstThenTheVariableThenTheBuiltInCatalog) {
  const ScopedEnv variable("MLLMSEG_CATALOG", "from-variable.json");
  const ScopedEnv data("XDG_DATA_HOME", "/nonexistent-mllmseg-test");
  EXPECT_EQ("--catalog", choose("mine.json").reason);
  EXPECT_EQ("<stdin>", choose("-").origin);
  const Choice chosen = choose("");
  EXPECT_EQ("from-variable.json", chosen.path);
  EXPECT_EQ("MLLMSEG_CATALOG", chosen.reason);
  const ScopedEnv unset("MLLMSEG_CATALOG", nullptr);
  EXPECT_EQ("built in", choose("").reason);
  EXPECT_EQ("", choose("").path);
}

TEST(UserCatalogPath, ARelativeDataHomeIsIgnored) {
  const ScopedEnv home("HOME", "/home/me");
  {
    const ScopedEnv data("XDG_DATA_HOME", "/data");
    EXPECT_EQ("/data/mllmseg/catalog.json", user_catalog_path());
  }
  const ScopedEnv data("XDG_DATA_HOME", "relative");
  EXPECT_EQ("/home/me/.local/share/mllmseg/catalog.json", user_catalog_path());
}

TEST(ReadStore, AMarkdownListIsImportedWithItsWarnings) {
  const Choice choice{test::source_path("tests/fixtures/lists/small.md"), "small.md", "--catalog"};
  auto read = read_store(choice);
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(2u, read->value->size());
  EXPECT_EQ("lisa", read->value->key(0));
  EXPECT_EQ(
      "mllmseg: warning: small.md:6: name \"VITRON \" has stray whitespace; the catalog uses \"VITRON\" "
      "[stray-whitespace]\n",
      read->warnings);
}

TEST(ReadStore, AJsonCatalogIsReadWithoutWarnings) {
  const Choice choice{test::source_path("catalog/papers.json"), "papers.json", "--catalog"};
  auto read = read_store(choice);
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(74u, read->value->size());
  EXPECT_EQ("", read->warnings);
}

TEST(ReadCatalog, TextThatIsNeitherSaysSo) {
  char name[] = "/tmp/mllmseg-source-XXXXXX.md";  // a list by its name
  const int fd = ::mkstemps(name, 3);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(13, ::write(fd, "no list here\n", 13));
  ::close(fd);
  auto read = read_catalog({name, "notes.md", "--catalog"});
  ::unlink(name);
  ASSERT_FALSE(read);
  EXPECT_EQ(
      "notes.md: neither a catalog (JSON) nor a list: no numbered entry under a heading that names a task",
      read.error());
}

TEST(Remedy, SaysWhatTheFileIsAndWhatToDoWhenTheUserDidNotNameIt) {
  const Remedy variable = remedy({"c.json", "c.json", "MLLMSEG_CATALOG"});
  EXPECT_EQ("the catalog MLLMSEG_CATALOG names", variable.what);
  EXPECT_EQ("unset MLLMSEG_CATALOG to read the default catalog", variable.fix);
  const Remedy user = remedy({"/home/me/c.json", "/home/me/c.json", "user catalog"});
  EXPECT_EQ("the user catalog, which mllmseg update and enrich write", user.what);
  EXPECT_EQ(
      "'mllmseg update' writes it anew (keeping this one as /home/me/c.json.bak); without it mllmseg reads "
      "its "
      "built-in catalog",
      user.fix);
  EXPECT_EQ("", remedy({"c.json", "c.json", "--catalog"}).what);
}

}  // namespace
}  // namespace mllmseg::source
