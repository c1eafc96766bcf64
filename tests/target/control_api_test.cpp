// The harness's side of the control API (docs/control-api.md): what each answer means to a test.
// A small server answers as told; every statement of the document about statuses and bodies is
// held to here.
#include "target/control_api.hpp"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <thread>

namespace {

using namespace ucwa;
using Why = target::Unavailable::Why;

// Answers every control route with the status and body a test sets, and records the requests.
class ScriptedControlApi : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Post(".*", [this](const httplib::Request& request, httplib::Response& response) {
      seen_ = request.method + " " + request.path + " " + request.body + " " +
              request.get_header_value("Authorization");
      response.status = status_;
      response.set_content(body_, "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would leave it running for ever.
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    profile_.target = "http://127.0.0.1:" + std::to_string(port_);
    profile_.control = profile_.target + "/conformance/v1";
    profile_.token = "control-token";
    profile_.client.token_origins = target::token_origins(profile_);
  }
  void TearDown() override {
    server_.stop();
    thread_.join();
  }
  void answer(int status, std::string body) {
    status_ = status;
    body_ = std::move(body);
  }
  target::ControlApi control() { return {profile_, client_}; }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  int status_ = 201;
  std::string body_;
  std::string seen_;
  target::Profile profile_;
  http::Client client_{http::ClientOptions{}};
};

constexpr const char* kConversation =
    R"({"conversation": "/c/1", "audioVideo": "/c/1/av", "escalateAudioVideo": "/c/1/av/e"})";

TEST_F(ScriptedControlApi, ACreatedConversationGivesItsHrefsAndMaySayWithoutEvents) {
  answer(201, kConversation);
  const auto created = control().create_conversation();
  ASSERT_TRUE(created.value) << created.unavailable->reason;
  EXPECT_EQ(created.value->escalate_audio_video, "/c/1/av/e");
  EXPECT_FALSE(created.value->events);
  EXPECT_EQ(seen_, "POST /conformance/v1/conversations {} Bearer control-token");
  answer(201, R"({"conversation": "/c/2", "audioVideo": "/a", "escalateAudioVideo": "/e",
                  "events": "/app/events?ack=7"})");
  EXPECT_EQ(control().create_conversation().value->events, "/app/events?ack=7");
}

TEST_F(ScriptedControlApi, TwoHundredInsteadOfTwoHundredOneIsRefusedNotSkipped) {
  answer(200, kConversation);
  const auto created = control().create_conversation();
  ASSERT_TRUE(created.unavailable);
  EXPECT_EQ(created.unavailable->why, Why::refused);
  EXPECT_NE(created.unavailable->reason.find("expected 201"), std::string::npos);
  EXPECT_NE(created.unavailable->reason.find(R"({"conversation": "/c/1")"), std::string::npos)
      << "the reason quotes the start of the answer's body";
  answer(200, "");
  EXPECT_EQ(control().set_condition("/c/1", "tooManyGroups").unavailable->why, Why::refused);
}

TEST_F(ScriptedControlApi, FourOhFourAndFiveOhOneMeanNotSimulated) {
  for (int status : {404, 501}) {
    answer(status, R"({"error": "cannot"})");
    const auto set = control().set_condition("/c/1", "noBackupPool");
    ASSERT_TRUE(set.unavailable);
    EXPECT_EQ(set.unavailable->why, Why::not_simulated) << status;
    EXPECT_EQ(control().mint_token({}).unavailable->why, Why::not_simulated) << status;
  }
}

TEST_F(ScriptedControlApi, AConditionIsSetWithTheConversationsHrefAndAnswered204) {
  answer(204, "");
  EXPECT_FALSE(control().set_condition("/c/1", "conversationGone").unavailable);
  EXPECT_EQ(
      seen_,
      R"(POST /conformance/v1/conditions {"condition":"conversationGone","conversation":"/c/1"} Bearer control-token)");
}

TEST_F(ScriptedControlApi, AMintedTokenIsTheTokenMemberOfA201) {
  answer(201, R"({"token": "minted"})");
  EXPECT_EQ(control().mint_token({"Conversations.Initiate"}).value, "minted");
  EXPECT_EQ(
      seen_,
      R"(POST /conformance/v1/tokens {"scopes":["Conversations.Initiate"]} Bearer control-token)");
  answer(201, R"({"other": 1})");
  EXPECT_EQ(control().mint_token({}).unavailable->why, Why::malformed);
}

TEST_F(ScriptedControlApi, AnAnswerThatIsNotThePromisedBodyIsMalformed) {
  for (const char* body : {"not json", R"({"conversation": "/c/1"})", "[]"}) {
    answer(201, body);
    const auto created = control().create_conversation();
    ASSERT_TRUE(created.unavailable) << body;
    EXPECT_EQ(created.unavailable->why, Why::malformed) << body;
  }
}

TEST_F(ScriptedControlApi, AnHrefOffTheTargetsOriginIsRefused) {
  answer(201, R"({"conversation": "http://127.0.0.2:9/c", "audioVideo": "/a",
                  "escalateAudioVideo": "/e"})");
  const auto created = control().create_conversation();
  ASSERT_TRUE(created.unavailable);
  EXPECT_EQ(created.unavailable->why, Why::malformed);
  EXPECT_NE(created.unavailable->reason.find("127.0.0.2"), std::string::npos);
}

TEST_F(ScriptedControlApi, NoAnswerIsTransport) {
  profile_.control = "http://127.0.0.1:1/conformance/v1";  // nothing listens there
  const auto created = control().create_conversation();
  ASSERT_TRUE(created.unavailable);
  EXPECT_EQ(created.unavailable->why, Why::transport);
}

}  // namespace
