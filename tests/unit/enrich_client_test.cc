#include "enrich/client.h"

#include <gtest/gtest.h>

#include <deque>

#include "test_support.h"

namespace mllmseg::enrich {
namespace {

using std::chrono::seconds;

// A world of scripted answers and a clock that moves only when the client
// sleeps or a request takes time: every request and sleep is recorded.
struct FakeWorld {
  struct Request {
    std::string url;
    seconds at;  // since the start
    seconds timeout;
  };
  Clock::time_point start{};
  Clock::time_point clock{};
  seconds transfer{0};  // how long each request takes
  std::deque<Result<net::Response>> answers;
  std::vector<Request> requests;
  std::vector<seconds> sleeps;

  World world() {
    return World{[this](const std::string& url, const net::Limits& limits) -> Result<net::Response> {
                   requests.push_back({url, since_start(), limits.timeout});
                   clock += transfer;
                   if (answers.empty()) {
                     return Error{"no answer scripted"};
                   }
                   auto answer = std::move(answers.front());
                   answers.pop_front();
                   return answer;
                 },
                 [this] { return clock; },
                 [this](Clock::duration d) {
                   sleeps.push_back(std::chrono::duration_cast<seconds>(d));
                   clock += d;
                 }};
  }

  seconds since_start() const { return std::chrono::duration_cast<seconds>(clock - start); }
};

net::Response answer(long status, std::string body = "", std::optional<seconds> retry_after = std::nullopt) {
  return net::Response{status, std::move(body), retry_after};
}

std::string feed() { return test::read_text_file(test::source_path("tests/enrich/responses/batch.xml")); }

ClientSettings settings() {
  ClientSettings s;
  s.timeout = seconds(7);
  return s;
}

TEST(Client, AsksInBatchesAtMostOneRequestEveryThreeSeconds) {
  FakeWorld fake;
  fake.transfer = seconds(1);
  fake.answers = {answer(200, feed()), answer(200, feed()), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  const auto records = client.fetch_all({"a", "b", "c", "d", "e"}, 2);
  ASSERT_TRUE(records.ok()) << records.error();
  EXPECT_EQ(9u, records->size());
  ASSERT_EQ(3u, fake.requests.size());
  EXPECT_EQ("http://api/query?id_list=a,b&max_results=2", fake.requests[0].url);
  EXPECT_EQ("http://api/query?id_list=c,d&max_results=2", fake.requests[1].url);
  EXPECT_EQ("http://api/query?id_list=e&max_results=1", fake.requests[2].url);
  // The first request at once; each next one 3 s after the last answer.
  EXPECT_EQ(seconds(0), fake.requests[0].at);
  EXPECT_EQ(seconds(4), fake.requests[1].at);
  EXPECT_EQ(seconds(8), fake.requests[2].at);
  EXPECT_EQ((std::vector<seconds>{seconds(3), seconds(3)}), fake.sleeps);
  EXPECT_EQ(seconds(7), fake.requests[0].timeout);
}

TEST(Client, NoSleepWhenTheIntervalHasPassed) {
  FakeWorld fake;
  fake.transfer = seconds(5);
  fake.answers = {answer(200, feed()), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  ASSERT_TRUE(client.fetch({"a"}).ok());
  fake.clock += seconds(10);  // the caller did something else meanwhile
  ASSERT_TRUE(client.fetch({"b"}).ok());
  EXPECT_TRUE(fake.sleeps.empty());
}

TEST(Client, RetriesA503AfterItsRetryAfter) {
  FakeWorld fake;
  fake.answers = {answer(503, "busy", seconds(10)), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  const auto records = client.fetch({"2308.00692", "2311.03356", "2411.17606"});
  ASSERT_TRUE(records.ok()) << records.error();
  EXPECT_EQ(3u, records->size());
  ASSERT_EQ(2u, fake.requests.size());
  EXPECT_EQ(seconds(10), fake.requests[1].at);
  EXPECT_EQ(fake.requests[0].url, fake.requests[1].url);
}

TEST(Client, AShortRetryAfterStillWaitsTheInterval) {
  FakeWorld fake;
  fake.answers = {answer(503, "busy", seconds(1)), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  ASSERT_TRUE(client.fetch({"a"}).ok());
  EXPECT_EQ(seconds(3), fake.requests[1].at);
}

TEST(Client, A429WithoutRetryAfterWaitsTheInterval) {
  FakeWorld fake;
  fake.answers = {answer(429), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  ASSERT_TRUE(client.fetch({"a"}).ok());
  EXPECT_EQ(seconds(3), fake.requests[1].at);
}

TEST(Client, GivesUpAfterTwoRetries) {
  FakeWorld fake;
  fake.answers = {answer(503, "", seconds(1)), answer(503, "", seconds(1)), answer(503, "", seconds(1)),
                  answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  const auto records = client.fetch({"a"});
  EXPECT_EQ("http://api/query?id_list=a&max_results=1: HTTP 503", records.error());
  EXPECT_EQ(3u, fake.requests.size());
}

TEST(Client, ARetryAfterBeyondTwoMinutesIsAnError) {
  FakeWorld fake;
  fake.answers = {answer(503, "", seconds(121)), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  EXPECT_EQ("http://api/query?id_list=a&max_results=1: HTTP 503, retry after 121 s; try again later",
            client.fetch({"a"}).error());
  EXPECT_EQ(1u, fake.requests.size());
  EXPECT_TRUE(fake.sleeps.empty());
}

TEST(Client, OtherStatusesAreNotRetried) {
  FakeWorld fake;
  fake.answers = {answer(404, "no such thing"), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  EXPECT_EQ("http://api/query?id_list=a&max_results=1: HTTP 404", client.fetch({"a"}).error());
  EXPECT_EQ(1u, fake.requests.size());
}

TEST(Client, ATransferErrorIsPassedOn) {
  FakeWorld fake;
  fake.answers = {Error{"http://api/query?id_list=a&max_results=1: Operation timed out after 7000 ms"}};
  Client client("http://api/query", settings(), fake.world());
  EXPECT_EQ("http://api/query?id_list=a&max_results=1: Operation timed out after 7000 ms",
            client.fetch({"a"}).error());
}

TEST(Client, ABodyThatIsNotAFeedIsAnErrorNamingTheUrl) {
  FakeWorld fake;
  fake.answers = {answer(200, "<html><body/></html>")};
  Client client("http://api/query", settings(), fake.world());
  EXPECT_EQ("http://api/query?id_list=a&max_results=1: the arXiv API's answer is not an Atom feed",
            client.fetch({"a"}).error());
}

TEST(Client, TheFirstFailedBatchEndsTheRun) {
  FakeWorld fake;
  fake.answers = {answer(200, feed()), answer(404), answer(200, feed())};
  Client client("http://api/query", settings(), fake.world());
  EXPECT_EQ("http://api/query?id_list=c,d&max_results=2: HTTP 404",
            client.fetch_all({"a", "b", "c", "d", "e"}, 2).error());
  EXPECT_EQ(2u, fake.requests.size());
}

}  // namespace
}  // namespace mllmseg::enrich
