#include "util/pages.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "store/paper_table.h"
#include "test_support.h"

namespace mllmseg {
namespace {

// A temporary file holding bytes, open for reading; removed at the end.
class PagesFile {
 public:
  explicit PagesFile(const std::string& bytes) {
    std::string name = ::testing::TempDir() + "pages_test_XXXXXX";
    m_fd = ::mkstemp(name.data());
    m_path = name;
    EXPECT_EQ(static_cast<ssize_t>(bytes.size()), ::write(m_fd, bytes.data(), bytes.size()));
  }
  ~PagesFile() {
    ::close(m_fd);
    ::unlink(m_path.c_str());
  }
  int fd() const { return m_fd; }

 private:
  int m_fd = -1;
  std::string m_path;
};

std::string pages_pattern(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) {
    bytes[i] = static_cast<char>('a' + i * 7 % 26);
  }
  return bytes;
}

TEST(ReadAt, CopiesTheBytesAtAnOffset) {
  const std::string bytes = pages_pattern(100000);
  const PagesFile file(bytes);
  std::string copy(5000, '\0');
  ASSERT_TRUE(pages::read_at(file.fd(), copy.data(), copy.size(), 70001));
  EXPECT_EQ(bytes.substr(70001, 5000), copy);
}

TEST(ReadAt, FailsPastTheEndOfTheFile) {
  const PagesFile file(pages_pattern(100));
  std::string copy(10, '\0');
  EXPECT_FALSE(pages::read_at(file.fd(), copy.data(), copy.size(), 95));
  EXPECT_FALSE(pages::read_at(-1, copy.data(), copy.size(), 0));
}

TEST(ReleaseBehind, AMappedFileReadsTheSameAfterItsPagesAreHandedBack) {
  const std::size_t size = 5 * pages::ReleaseBehind::k_piece + 123;
  const std::string bytes = pages_pattern(size);
  const PagesFile file(bytes);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd(), 0);
  ASSERT_NE(MAP_FAILED, map);
  const char* data = static_cast<const char*>(map);
  pages::ReleaseBehind behind(data, true);
  std::size_t sum = 0;
  for (std::size_t i = 0; i < size; ++i) {
    sum += static_cast<unsigned char>(data[i]);
    behind.passed(data, i);
  }
  std::size_t expected = 0;
  for (const char c : bytes) {
    expected += static_cast<unsigned char>(c);
  }
  EXPECT_EQ(expected, sum);
  EXPECT_EQ(bytes, std::string(data, size));  // read again from the page cache
  ::munmap(map, size);
}

TEST(ReleaseBehind, LeavesMemoryThatIsNotAFileMappingAlone) {
  const std::size_t size = 3 * pages::ReleaseBehind::k_piece;
  const std::string bytes = pages_pattern(size);
  pages::ReleaseBehind behind(bytes.data(), false);
  for (std::size_t i = 0; i < size; i += 4096) {
    behind.passed(bytes.data(), i);
  }
  behind.passed(bytes.data() + size);
  EXPECT_EQ(pages_pattern(size), bytes);
}

TEST(PaperTableReadFrom, PapersAreCopiedFromTheFileRatherThanTheView) {
  PaperTable packed;
  packed.add(test::make_paper("first", "First", "CVPR'24", 2024, test::k_res, "https://code/first"));
  packed.add(test::make_paper("second", "Second", "ArXiv'2403", 2024, test::k_video));
  std::string records;
  std::vector<std::uint64_t> offsets{0};
  for (DocId id = 0; id < packed.size(); ++id) {
    records += packed.record(id);
    offsets.push_back(records.size());
  }
  // The file holds the records after a prefix; the view's bytes are another
  // table's, so that each read shows where it came from.
  const PagesFile file("prefix" + records);
  std::string other = records;
  PaperTable table = PaperTable::view(other, offsets);
  table.read_from(file.fd(), 6);
  other.assign(other.size(), '\0');
  EXPECT_EQ("second", table.get(1).key);
  EXPECT_EQ("CVPR'24", table.get(0).venue);
  std::string copy;
  const PaperTable::Head head = table.head(1, copy);
  EXPECT_EQ("second", head.key);
  EXPECT_EQ("Second", head.name);
  EXPECT_EQ("ArXiv'2403", head.venue);
}

TEST(PaperTableReadFrom, ARecordTheFileNoLongerHoldsIsReadFromTheView) {
  PaperTable packed;
  packed.add(test::make_paper("only", "Only", "CVPR'24", 2024, test::k_res));
  const std::string records(packed.record(0));
  const PagesFile file("x");
  PaperTable table = PaperTable::view(records, std::vector<std::uint64_t>{0, records.size()});
  table.read_from(file.fd(), 0);
  EXPECT_EQ("only", table.get(0).key);
}

}  // namespace
}  // namespace mllmseg
