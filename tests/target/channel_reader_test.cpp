// The harness's reader of the event channel (EventChannelDetails.md): it follows the hrefs the
// server gives without editing them, asks again after a PGetReplaced it did not cause (a few
// times), and lets go of a held GET when the test is done.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "target/event_channel.hpp"

namespace {

using namespace ucwa;
using Clock = std::chrono::steady_clock;

std::string batch(const std::string& self, const std::string& onward_rel,
                  const std::string& onward) {
  return R"({"_links":{"self":{"href":")" + self + R"("},")" + onward_rel + R"(":{"href":")" +
         onward +
         R"("}},"sender":[{"rel":"communication","href":"/c","events":[{"link":{"rel":"x","href":"/x"},"type":"updated"}]}]})";
}

// A channel whose answers depend on the ack asked for; ack=9 is held until the test lets go.
class ScriptedChannel : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.new_task_queue = [] { return new httplib::ThreadPool(8); };
    server_.Get("/app/events", [this](const httplib::Request& request,
                                      httplib::Response& response) {
      const std::string ack = request.get_param_value("ack");
      {
        std::lock_guard lock(mutex_);
        seen_.push_back(ack + " " + request.get_header_value("Accept"));
      }
      if (ack == "9") {
        const auto until = Clock::now() + std::chrono::seconds(10);
        while (!release_ && Clock::now() < until)
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
        response.status = 200;
        response.set_content(batch("/app/events?ack=9", "next", "/app/events?ack=9"),
                             "application/json");
        return;
      }
      if (ack == "2" && replaced_left_ > 0) {
        --replaced_left_;
        response.status = 409;
        response.set_content(R"({"code":"Conflict","subcode":"PGetReplaced"})", "application/json");
        return;
      }
      response.status = 200;
      if (ack == "1")
        response.set_content(batch("/app/events?ack=1", "next", "events?ack=2&low=5"),
                             "application/json");
      if (ack == "2")
        response.set_content(batch("/app/events?ack=2", "resync", "/app/events?ack=5"),
                             "application/json");
      if (ack == "5")
        response.set_content(batch("/app/events?ack=5", "resume", "/app/events?ack=9"),
                             "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    profile_.target = "http://127.0.0.1:" + std::to_string(port_);
    profile_.control = profile_.target + "/conformance/v1";
    profile_.token = "t";
  }
  void TearDown() override {
    release_ = true;
    server_.stop();
    thread_.join();
  }
  std::vector<std::string> seen() {
    std::lock_guard lock(mutex_);
    return seen_;
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> release_{false};
  std::atomic<int> replaced_left_{1};
  std::mutex mutex_;
  std::vector<std::string> seen_;
  target::Profile profile_;
};

TEST_F(ScriptedChannel, FollowsNextResyncAndResumeAsGivenAndAsksAgainAfterPGetReplaced) {
  target::ChannelReader reader(profile_, model::Format::xml, "/app/events?ack=1");
  const bool held = reader.wait_until(
      [](const std::vector<target::ChannelAnswer>& answers) { return answers.size() >= 4; },
      Clock::now() + std::chrono::seconds(30));
  EXPECT_TRUE(held);
  const auto answers = reader.stop();
  ASSERT_GE(answers.size(), 5u);
  EXPECT_EQ(answers[0].exchange.request.url, profile_.target + "/app/events?ack=1");
  // A relative next is resolved against the answer's URL, its query kept as given.
  EXPECT_EQ(answers[1].exchange.request.url, profile_.target + "/app/events?ack=2&low=5");
  EXPECT_EQ(answers[1].exchange.response->status, 409);
  EXPECT_EQ(answers[2].exchange.request.url, profile_.target + "/app/events?ack=2&low=5");
  EXPECT_EQ(answers[3].exchange.request.url, profile_.target + "/app/events?ack=5");
  EXPECT_EQ(answers[4].exchange.request.url, profile_.target + "/app/events?ack=9");
  EXPECT_EQ(answers.back().exchange.failure, http::TransportFailure::interrupted);
  EXPECT_TRUE(answers.back().exchange.request.pending);
  for (const std::string& line : seen())
    EXPECT_NE(line.find("application/vnd.microsoft.com.ucwa+xml"), std::string::npos) << line;
}

TEST_F(ScriptedChannel, APGetReplacedItDidNotCauseIsAskedAgainOnlyAFewTimes) {
  replaced_left_ = 100;
  target::ChannelReader reader(profile_, model::Format::json, "/app/events?ack=2");
  reader.wait_until([](const auto&) { return false; }, Clock::now() + std::chrono::seconds(30));
  const auto answers = reader.stop();
  EXPECT_EQ(answers.size(), static_cast<std::size_t>(target::kReplacedRetries + 1));
  for (const auto& answer : answers) EXPECT_EQ(answer.exchange.response->status, 409);
}

TEST_F(ScriptedChannel, WaitingEndsAtTheDeadlineAndStoppingLetsGoOfTheHeldGet) {
  target::ChannelReader reader(profile_, model::Format::json, "/app/events?ack=9");
  EXPECT_FALSE(reader.wait_until([](const auto& answers) { return !answers.empty(); },
                                 Clock::now() + std::chrono::milliseconds(50)));
  const auto answers = reader.stop();
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].exchange.failure, http::TransportFailure::interrupted);
}

TEST(ChannelHrefs, TheAckIsReadAndReplacedWithoutTouchingTheRest) {
  EXPECT_EQ(target::ack_of("http://h/app/events?ack=17&low=5"), 17);
  EXPECT_EQ(target::ack_of("http://h/app/events?low=5"), std::nullopt);
  EXPECT_EQ(target::ack_of("http://h/app/events?ack=x"), std::nullopt);
  EXPECT_EQ(target::with_ack("http://h/app/events?low=5&ack=17#f", 99),
            "http://h/app/events?low=5&ack=99#f");
  EXPECT_EQ(target::with_ack("http://h/app/events?back=1", 99), std::nullopt);
}

}  // namespace
