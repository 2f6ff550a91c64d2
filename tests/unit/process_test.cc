#include "io/process.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "test_support.h"

namespace mllmseg::io {
namespace {

class ProcessTest : public ::testing::Test {
 protected:
  // As run() does, so that a reader that quits shows as EPIPE.
  void SetUp() override { m_old = std::signal(SIGPIPE, SIG_IGN); }
  void TearDown() override { std::signal(SIGPIPE, m_old); }

 private:
  void (*m_old)(int) = SIG_DFL;
};

std::string status_of(const Result<int>& r) { return r ? std::to_string(*r) : "error: " + r.error(); }

TEST_F(ProcessTest, RunProgramGivesTheExitStatus) {
  EXPECT_EQ("0", status_of(run_program({"true"})));
  EXPECT_EQ("1", status_of(run_program({"false"})));
  EXPECT_EQ("3", status_of(run_program({"sh", "-c", "exit 3"})));
  EXPECT_EQ("143", status_of(run_program({"sh", "-c", "kill -TERM $$"})));
}

TEST_F(ProcessTest, RunProgramThatIsNotThere) {
  EXPECT_EQ("error: cannot run '/nonexistent/opener': No such file or directory",
            status_of(run_program({"/nonexistent/opener", "x"})));
  EXPECT_EQ("error: no program to run", status_of(run_program({})));
}

TEST_F(ProcessTest, ChildrenStartWithSigpipeRestored) {
  // Ignored here; a child that inherited that would get EPIPE instead of dying.
  EXPECT_EQ("141", status_of(run_program({"sh", "-c", "kill -PIPE $$"})));
}

TEST_F(ProcessTest, PipeToShellFeedsStandardInput) {
  const std::string path = ::testing::TempDir() + "mllmseg_pipe_test.txt";
  EXPECT_EQ("0", status_of(pipe_to_shell("cat > '" + path + "'", "hello\nworld\n")));
  EXPECT_EQ("hello\nworld\n", test::read_text_file(path));
  std::remove(path.c_str());
}

TEST_F(ProcessTest, PipeToShellReaderThatQuitsEarlyIsNoError) {
  const std::string big(4 << 20, 'x');
  EXPECT_EQ("0", status_of(pipe_to_shell("head -c 1 > /dev/null", big)));
  EXPECT_EQ("127", status_of(pipe_to_shell("no-such-pager-anywhere 2>/dev/null", big)));
  EXPECT_EQ("4", status_of(pipe_to_shell("exit 4", "short")));
}

std::string captured(const Result<Captured>& r) {
  return r ? std::to_string(r->status) + ": " + r->out : "error: " + r.error();
}

TEST_F(ProcessTest, RunCapturingFeedsInputAndReadsOutput) {
  CaptureOptions options;
  options.input = "b\na\n";
  EXPECT_EQ("0: a\nb\n", captured(run_capturing({"sort"}, options)));
  EXPECT_EQ("3: ", captured(run_capturing({"sh", "-c", "exit 3"}, {})));
  EXPECT_EQ("error: cannot run '/nonexistent/fzf': No such file or directory",
            captured(run_capturing({"/nonexistent/fzf"}, {})));
  EXPECT_EQ("error: no program to run", captured(run_capturing({}, {})));
}

TEST_F(ProcessTest, RunCapturingServesBothPipesAtOnce) {
  // More than a pipe holds each way: writing all the input before reading
  // would leave both sides waiting on a full pipe.
  CaptureOptions options;
  options.input = std::string(1 << 20, 'x');
  const auto r = run_capturing({"cat"}, options);
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(0, r->status);
  EXPECT_EQ(options.input, r->out);
}

TEST_F(ProcessTest, RunCapturingAProgramThatStopsReadingIsNoError) {
  CaptureOptions options;
  options.input = std::string(4 << 20, 'x');
  EXPECT_EQ("0: xy", captured(run_capturing({"sh", "-c", "head -c 1; printf y"}, options)));
}

TEST_F(ProcessTest, RunCapturingEndsWithTheProgramNotWithItsChildren) {
  // A browser an opener started may keep the output open long after.
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_capturing({"sh", "-c", "printf done; sleep 30 2>/dev/null & exit 0"}, {});
  EXPECT_EQ("0: done", captured(r));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST_F(ProcessTest, RunCapturingChangesTheEnvironmentAndStandardError) {
  ::setenv("MLLMSEG_PROCESS_TEST", "ours", 1);
  CaptureOptions options;
  options.env = {"MLLMSEG_PROCESS_TEST=theirs", "SHELL=/bin/sh"};
  EXPECT_EQ("0: theirs /bin/sh\n",
            captured(run_capturing({"sh", "-c", "echo $MLLMSEG_PROCESS_TEST $SHELL"}, options)));
  EXPECT_STREQ("ours", std::getenv("MLLMSEG_PROCESS_TEST"));
  const std::string path =
      ::testing::TempDir() + "mllmseg_stderr_test_" + std::to_string(::getpid()) + ".txt";
  std::FILE* file = std::fopen(path.c_str(), "w");
  ASSERT_NE(nullptr, file);
  options.stderr_fd = fileno(file);
  EXPECT_EQ("0: out", captured(run_capturing({"sh", "-c", "printf out; printf err >&2"}, options)));
  std::fclose(file);
  EXPECT_EQ("err", test::read_text_file(path));
  std::remove(path.c_str());
  ::unsetenv("MLLMSEG_PROCESS_TEST");
}

TEST_F(ProcessTest, FindProgramSearchesEachDirectoryOfPath) {
  EXPECT_EQ("/bin/sh", find_program("sh", "/nonexistent:/bin:/usr/bin"));
  EXPECT_EQ(std::nullopt, find_program("sh", "/nonexistent"));
  EXPECT_EQ(std::nullopt, find_program("sh", ""));  // the current directory, which has none
  EXPECT_EQ("/bin/sh", find_program("/bin/sh", ""));
  EXPECT_EQ(std::nullopt, find_program("/etc/passwd", "/bin"));  // not executable
  EXPECT_EQ(std::nullopt, find_program("bin", "/"));             // a directory
  EXPECT_EQ(std::nullopt, find_program("", "/bin"));
}

TEST_F(ProcessTest, SelfPathIsThisTestProgram) {
  const auto self = self_path();
  ASSERT_TRUE(self.has_value());
  EXPECT_NE(std::string::npos, self->find("mllmseg_unit_tests")) << *self;
}

}  // namespace
}  // namespace mllmseg::io
