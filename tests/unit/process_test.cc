#include "io/process.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

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

}  // namespace
}  // namespace mllmseg::io
