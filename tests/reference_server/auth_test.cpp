// Bearer tokens: 401 challenges, minted tokens.

#include <string>
#include <vector>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

class Auth : public ServerTest {
 protected:
  static std::vector<std::string> challenges(const httplib::Response& response) {
    std::vector<std::string> values;
    const auto [first, last] = response.headers.equal_range("WWW-Authenticate");
    for (auto it = first; it != last; ++it) values.push_back(it->second);
    return values;
  }

  void expect_challenge(const httplib::Result& result) {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 401);
    const auto values = challenges(*result);
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0].rfind("Bearer ", 0), 0u) << values[0];
    EXPECT_NE(values[0].find(R"(realm="ucwa-reference")"), std::string::npos) << values[0];
    EXPECT_EQ(values[1], "MsRtcOAuth href=\"" + server_->base_url() +
                             "/WebTicket/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,"
                             "urn:microsoft.rtc:anonmeeting,password\"");
    EXPECT_EQ(result->get_header_value("Content-Type").rfind("text/html", 0), 0u);
    EXPECT_NE(result->body.find("401"), std::string::npos);
  }
};

TEST_F(Auth, MissingTokenGets401WithChallenges) {
  const auto conversation = create_conversation();
  const auto result = client().Get(conversation.conversation, {{"Accept", "application/json"}});
  expect_challenge(result);
  EXPECT_EQ(challenges(*result)[0].find("invalid_token"), std::string::npos);
}

TEST_F(Auth, WrongTokenGets401WithInvalidToken) {
  const auto conversation = create_conversation();
  const auto result =
      client().Get(conversation.conversation, headers("application/json", "not-the-token"));
  expect_challenge(result);
  EXPECT_NE(challenges(*result)[0].find(R"(error="invalid_token")"), std::string::npos);
}

TEST_F(Auth, OtherSchemesAreNotBearerTokens) {
  const auto conversation = create_conversation();
  expect_challenge(client().Get(conversation.conversation,
                                {{"Authorization", "Basic Y29uZm9ybWFuY2UtdG9rZW4="}}));
  expect_challenge(
      client().Get(conversation.conversation, {{"Authorization", "conformance-token"}}));
  expect_challenge(client().Get(conversation.conversation, {{"Authorization", "Bearer "}}));
}

TEST_F(Auth, SchemeIsCaseInsensitive) {
  const auto conversation = create_conversation();
  const auto result =
      client().Get(conversation.conversation, {{"Authorization", "bearer " + kToken}});
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
}

TEST_F(Auth, EscalationWithoutTokenGets401) {
  const auto conversation = create_conversation();
  expect_challenge(escalate(conversation.escalate, "op", "ctx", "application/json",
                            audio_video_offer(), "wrong"));
  expect_challenge(client().Post(conversation.escalate + "?operationId=a&sessionContext=b",
                                 audio_video_offer(), "application/sdp"));
}

TEST_F(Auth, UnknownPathsNeedATokenToo) {
  expect_challenge(client().Get("/ucwa/oauth/v1/applications/101/nowhere"));
  expect_challenge(client().Get("/"));
}

TEST_F(Auth, ControlApiNeedsTheMainToken) {
  expect_challenge(client().Post("/conformance/v1/conversations", "{}", "application/json"));
  expect_challenge(client().Delete("/conformance/v1/state", headers({}, "wrong")));
  const auto minted = mint_token({"Conversations.Initiate", "Conversations.Receive"});
  expect_challenge(client().Post("/conformance/v1/conversations", headers({}, minted), "{}",
                                 "application/json"));
  expect_challenge(client().Post("/conformance/v1/tokens", headers({}, minted), R"({"scopes":[]})",
                                 "application/json"));
}

TEST_F(Auth, MintedTokensWorkForUcwaRoutes) {
  const auto conversation = create_conversation();
  const auto minted = mint_token({});
  const auto result = client().Get(conversation.audio_video, headers("application/json", minted));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
}

TEST_F(Auth, ForgottenTokensNoLongerWork) {
  const auto minted = mint_token({"Conversations.Initiate"});
  const auto deleted = client().Delete("/conformance/v1/state", headers());
  ASSERT_TRUE(deleted);
  ASSERT_EQ(deleted->status, 204);
  const auto conversation = create_conversation();
  expect_challenge(client().Get(conversation.conversation, headers("application/json", minted)));
}

}  // namespace
}  // namespace ucwa::reference::testing
