#include "io/output.h"

#include <dirent.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace mllmseg::io {
namespace {

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (const dirent* e = ::readdir(d)) {
      const std::string name = e->d_name;
      if (name != "." && name != "..") {
        names.push_back(name);
      }
    }
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

void remove_tree(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    for (const auto& name : list_dir(path)) {
      remove_tree(path + "/" + name);
    }
    ::rmdir(path.c_str());
  } else {
    ::unlink(path.c_str());
  }
}

void write_plain(const std::string& path, std::string_view content) {
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(nullptr, f);
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
}

class WriteFileAtomicTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "mllmseg-output-XXXXXX";
    ASSERT_NE(nullptr, ::mkdtemp(pattern.data()));
    m_dir = pattern;
  }
  void TearDown() override { remove_tree(m_dir); }
  std::string m_dir;
};

TEST_F(WriteFileAtomicTest, CreatesTheFile) {
  const std::string path = m_dir + "/out.bib";
  const Status status = write_file_atomic(path, "@misc{a,\n}\n");
  ASSERT_TRUE(status.ok()) << status.error();
  EXPECT_EQ("@misc{a,\n}\n", test::read_text_file(path));
  EXPECT_EQ((std::vector<std::string>{"out.bib"}), list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, GivesTheFileOrdinaryPermissions) {
  const mode_t old_mask = ::umask(022);
  const Status status = write_file_atomic(m_dir + "/out.txt", "x");
  ::umask(old_mask);
  ASSERT_TRUE(status.ok()) << status.error();
  struct stat info {};
  ASSERT_EQ(0, ::stat((m_dir + "/out.txt").c_str(), &info));
  EXPECT_EQ(0644u, info.st_mode & 0777u);
}

TEST_F(WriteFileAtomicTest, WritesEmptyAndLargeContent) {
  ASSERT_TRUE(write_file_atomic(m_dir + "/empty", "").ok());
  EXPECT_EQ("", test::read_text_file(m_dir + "/empty"));
  const std::string big(3 << 20, 'z');
  ASSERT_TRUE(write_file_atomic(m_dir + "/big", big).ok());
  EXPECT_EQ(big, test::read_text_file(m_dir + "/big"));
}

TEST_F(WriteFileAtomicTest, ReplacesAnExistingFile) {
  const std::string path = m_dir + "/out.csv";
  write_plain(path, "old content that is longer than the new one\n");
  const Status status = write_file_atomic(path, "new\n");
  ASSERT_TRUE(status.ok()) << status.error();
  EXPECT_EQ("new\n", test::read_text_file(path));
  EXPECT_EQ((std::vector<std::string>{"out.csv"}), list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, MissingDirectory) {
  const std::string path = m_dir + "/missing/out.json";
  const Status status = write_file_atomic(path, "{}\n");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ("cannot write '" + path + "': No such file or directory", status.error());
  EXPECT_EQ(std::vector<std::string>{}, list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, RenameOntoADirectoryFailsAndCleansUp) {
  const std::string path = m_dir + "/taken";
  ASSERT_EQ(0, ::mkdir(path.c_str(), 0755));
  write_plain(path + "/inside", "keep");
  const Status status = write_file_atomic(path, "data");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ("cannot write '" + path + "': Is a directory", status.error());
  EXPECT_EQ((std::vector<std::string>{"taken"}), list_dir(m_dir));
  EXPECT_EQ("keep", test::read_text_file(path + "/inside"));
}

// On copies of /dev/null and /dev/full made with mknod (root only): were the
// device replaced, the copy would be, never the system's own.
TEST_F(WriteFileAtomicTest, ADeviceIsWrittenToNeverReplaced) {
  const std::string null = m_dir + "/null";
  const std::string full = m_dir + "/full";
  if (::mknod(null.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0 ||
      ::mknod(full.c_str(), S_IFCHR | 0666, ::makedev(1, 7)) != 0) {
    GTEST_SKIP() << "mknod needs root";
  }
  ASSERT_TRUE(write_file_atomic(null, "data").ok());
  struct stat info {};
  ASSERT_EQ(0, ::stat(null.c_str(), &info));
  EXPECT_TRUE(S_ISCHR(info.st_mode));
  const Status status = write_file_atomic(full, "data");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ("cannot write '" + full + "': No space left on device", status.error());
  ASSERT_EQ(0, ::stat(full.c_str(), &info));
  EXPECT_TRUE(S_ISCHR(info.st_mode));
  EXPECT_EQ((std::vector<std::string>{"full", "null"}), list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, AFifoIsWrittenToNeverReplaced) {
  const std::string path = m_dir + "/fifo";
  ASSERT_EQ(0, ::mkfifo(path.c_str(), 0600));
  std::string read_back;
  std::thread reader([&] { read_back = test::read_text_file(path); });
  const Status status = write_file_atomic(path, "through the fifo");
  reader.join();
  ASSERT_TRUE(status.ok()) << status.error();
  EXPECT_EQ("through the fifo", read_back);
  struct stat info {};
  ASSERT_EQ(0, ::lstat(path.c_str(), &info));
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_EQ((std::vector<std::string>{"fifo"}), list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, ALinkKeepsBeingALinkToTheNewContent) {
  const std::string target = m_dir + "/real.bib";
  const std::string link = m_dir + "/refs.bib";
  write_plain(target, "old");
  ASSERT_EQ(0, ::symlink("real.bib", link.c_str()));
  ASSERT_TRUE(write_file_atomic(link, "new").ok());
  struct stat info {};
  ASSERT_EQ(0, ::lstat(link.c_str(), &info));
  EXPECT_TRUE(S_ISLNK(info.st_mode));
  EXPECT_EQ("new", test::read_text_file(target));
  EXPECT_EQ((std::vector<std::string>{"real.bib", "refs.bib"}), list_dir(m_dir));
}

TEST_F(WriteFileAtomicTest, AnEmptyPathIsAnError) {
  const Status status = write_file_atomic("", "data");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ("cannot write '': empty file name", status.error());
}

TEST_F(WriteFileAtomicTest, FailedWriteLeavesTheOldFileUntouched) {
  const std::string path = m_dir + "/out.md";
  write_plain(path, "old\n");
  // Make writes beyond 8 bytes fail with EFBIG, as a full disk would fail them.
  struct rlimit saved {};
  ASSERT_EQ(0, ::getrlimit(RLIMIT_FSIZE, &saved));
  const auto saved_handler = ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 8;
  ASSERT_EQ(0, ::setrlimit(RLIMIT_FSIZE, &small));
  const Status status = write_file_atomic(path, "new content, longer than eight bytes\n");
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::signal(SIGXFSZ, saved_handler);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ("cannot write '" + path + "': File too large", status.error());
  EXPECT_EQ("old\n", test::read_text_file(path));
  EXPECT_EQ((std::vector<std::string>{"out.md"}), list_dir(m_dir));
}

class IgnoreSigpipe {
 public:
  IgnoreSigpipe() : m_saved(::signal(SIGPIPE, SIG_IGN)) {}
  ~IgnoreSigpipe() { ::signal(SIGPIPE, m_saved); }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

 private:
  void (*m_saved)(int);
};

TEST(WriteAll, ClosedPipeMeansTheReaderIsGone) {
  const IgnoreSigpipe ignore;
  int fds[2];
  ASSERT_EQ(0, ::pipe(fds));
  ::close(fds[0]);
  auto outcome = write_all(fds[1], "some results\n", "standard output");
  ::close(fds[1]);
  ASSERT_TRUE(outcome.ok()) << outcome.error();
  EXPECT_EQ(WriteOutcome::reader_gone, *outcome);
}

TEST(WriteAll, FullDeviceIsAnError) {
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0) << "/dev/full is missing";
  auto outcome = write_all(fd, "data", "/dev/full");
  ::close(fd);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ("cannot write to /dev/full: No space left on device", outcome.error());
}

TEST(WriteAll, BadDescriptorIsAnError) {
  auto outcome = write_all(-1, "data", "standard output");
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ("cannot write to standard output: Bad file descriptor", outcome.error());
}

TEST(WriteAll, WritesEverythingThroughASmallPipe) {
  int fds[2];
  ASSERT_EQ(0, ::pipe(fds));
  std::string data;
  for (int i = 0; i < 100000; ++i) {
    data += static_cast<char>('a' + i % 26);
  }
  data += std::string(1 << 20, 'q');
  std::string received;
  std::thread reader([&] {
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) {
      received.append(buffer, static_cast<std::size_t>(n));
    }
  });
  auto outcome = write_all(fds[1], data, "pipe");
  ::close(fds[1]);
  reader.join();
  ::close(fds[0]);
  ASSERT_TRUE(outcome.ok()) << outcome.error();
  EXPECT_EQ(WriteOutcome::written, *outcome);
  EXPECT_EQ(data, received);
}

TEST(WriteAll, NothingToWrite) {
  auto outcome = write_all(-1, "", "nowhere");
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(WriteOutcome::written, *outcome);
}

}  // namespace
}  // namespace mllmseg::io
