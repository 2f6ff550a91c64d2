// read_input: whole files, and the messages for what cannot be read.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "catalog/load.h"

namespace mllmseg {
namespace {

class ReadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "mllmseg-read-XXXXXX";
    ASSERT_NE(nullptr, ::mkdtemp(pattern.data()));
    m_dir = pattern;
  }
  void TearDown() override {
    ::unlink((m_dir + "/catalog.json").c_str());
    ::rmdir(m_dir.c_str());
  }
  std::string m_dir;
};

TEST_F(ReadInputTest, ReadsAWholeFile) {
  const std::string path = m_dir + "/catalog.json";
  const std::string content = "{\"papers\": []}\n" + std::string(200000, ' ');
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(nullptr, f);
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  auto bytes = read_input(path);
  ASSERT_TRUE(bytes.ok()) << bytes.error();
  EXPECT_EQ(content, *bytes);
}

TEST_F(ReadInputTest, MissingFile) {
  auto bytes = read_input(m_dir + "/missing.json");
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ("cannot read catalog '" + m_dir + "/missing.json': No such file or directory", bytes.error());
}

TEST_F(ReadInputTest, Directory) {
  auto bytes = read_input(m_dir);
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ("cannot read catalog '" + m_dir + "': Is a directory", bytes.error());
}

TEST_F(ReadInputTest, MessagesNameWhatWasRead) {
  EXPECT_EQ("cannot read list '" + m_dir + "/x.md': No such file or directory",
            read_input(m_dir + "/x.md", k_max_catalog_bytes, "list").error());
  EXPECT_EQ("cannot read '" + m_dir + "/x.md': No such file or directory",
            read_input(m_dir + "/x.md", k_max_catalog_bytes, "").error());
}

}  // namespace
}  // namespace mllmseg
