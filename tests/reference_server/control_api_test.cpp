// The conformance control API.

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

class ControlApi : public ServerTest {
 protected:
  httplib::Result post(const std::string& path, const std::string& body) {
    return client().Post(path, headers(), body, "application/json");
  }
  httplib::Result post_condition(const std::string& conversation, const std::string& condition) {
    return post("/conformance/v1/conditions",
                json{{"conversation", conversation}, {"condition", condition}}.dump());
  }
  static void expect_problem(const httplib::Result& result, int status) {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, status) << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
    const auto body = json::parse(result->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << result->body;
    ASSERT_TRUE(body.contains("error"));
    EXPECT_TRUE(body["error"].is_string());
    EXPECT_FALSE(body["error"].get<std::string>().empty());
  }
};

TEST_F(ControlApi, CreatesAConversationWithItsHrefs) {
  const auto result = post("/conformance/v1/conversations", "{}");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const auto body = json::parse(result->body);
  ASSERT_TRUE(body.is_object());
  for (const auto* key : {"conversation", "audioVideo", "escalateAudioVideo", "events"}) {
    ASSERT_TRUE(body.contains(key)) << key;
    EXPECT_TRUE(body[key].is_string());
    EXPECT_EQ(body[key].get<std::string>().front(), '/');
  }
  EXPECT_EQ(body.size(), 4u) << result->body;
  // A fresh application of its own, at the start of its channel.
  EXPECT_TRUE(body["events"].get<std::string>().ends_with("/events?ack=0")) << body["events"];
}

TEST_F(ControlApi, AcceptsAnEmptyBody) {
  const auto result =
      client().Post("/conformance/v1/conversations", headers(), "", "application/json");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
}

TEST_F(ControlApi, EachConversationIsFresh) {
  const auto first = create_conversation();
  const auto second = create_conversation();
  EXPECT_NE(first.conversation, second.conversation);
  EXPECT_NE(first.escalate, second.escalate);
  ASSERT_EQ(escalate(first.escalate, "a", "b")->status, 201);
  EXPECT_EQ(escalate(second.escalate, "a", "b")->status, 201);
}

TEST_F(ControlApi, RefusesAMalformedConversationRequest) {
  expect_problem(post("/conformance/v1/conversations", "{"), 400);
  expect_problem(post("/conformance/v1/conversations", "[]"), 400);
}

TEST_F(ControlApi, SetsAConditionByRelativeOrAbsoluteHref) {
  const auto conversation = create_conversation();
  const auto relative = post_condition(conversation.conversation, "tooManyGroups");
  ASSERT_TRUE(relative);
  EXPECT_EQ(relative->status, 204);
  EXPECT_TRUE(relative->body.empty());
  const auto absolute =
      post_condition(server_->base_url() + conversation.conversation, "noBackupPool");
  ASSERT_TRUE(absolute);
  EXPECT_EQ(absolute->status, 204);
}

TEST_F(ControlApi, AnswersUnknownConditions501) {
  const auto conversation = create_conversation();
  expect_problem(post_condition(conversation.conversation, "sunspots"), 501);
}

TEST_F(ControlApi, AnswersUnknownConversations400) {
  const auto conversation = create_conversation();
  expect_problem(post_condition(conversation.conversation + "9", "tooManyGroups"), 400);
  expect_problem(post_condition(conversation.audio_video, "tooManyGroups"), 400);
  expect_problem(post_condition("not a url", "tooManyGroups"), 400);
}

TEST_F(ControlApi, RefusesMalformedConditionRequests) {
  const auto conversation = create_conversation();
  expect_problem(post("/conformance/v1/conditions", "not json"), 400);
  expect_problem(post("/conformance/v1/conditions", "{}"), 400);
  expect_problem(
      post("/conformance/v1/conditions", json{{"conversation", conversation.conversation}}.dump()),
      400);
  expect_problem(post("/conformance/v1/conditions",
                      json{{"conversation", 7}, {"condition", "tooManyGroups"}}.dump()),
                 400);
}

TEST_F(ControlApi, MintsDistinctTokens) {
  std::set<std::string> tokens;
  for (int i = 0; i < 5; ++i) {
    const auto result = post("/conformance/v1/tokens", R"({"scopes":["Conversations.Receive"]})");
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 201);
    const auto body = json::parse(result->body);
    const auto token = body.at("token").get<std::string>();
    EXPECT_GE(token.size(), 32u);
    EXPECT_NE(token, kToken);
    tokens.insert(token);
  }
  EXPECT_EQ(tokens.size(), 5u);
}

TEST_F(ControlApi, RefusesMalformedTokenRequests) {
  expect_problem(post("/conformance/v1/tokens", "{}"), 400);
  expect_problem(post("/conformance/v1/tokens", R"({"scopes":"Conversations.Receive"})"), 400);
  expect_problem(post("/conformance/v1/tokens", R"({"scopes":[1]})"), 400);
  expect_problem(post("/conformance/v1/tokens", "]"), 400);
}

TEST_F(ControlApi, DeleteStateForgetsEverything) {
  const auto conversation = create_conversation();
  const auto created = escalate(conversation.escalate, "a", "b");
  ASSERT_EQ(created->status, 201);
  const auto invitation = json::parse(created->body)["_links"]["self"]["href"].get<std::string>();

  const auto deleted = client().Delete("/conformance/v1/state", headers());
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 204);
  EXPECT_TRUE(deleted->body.empty());

  for (const auto& href : {conversation.conversation, conversation.audio_video, invitation}) {
    const auto result = client().Get(href, headers("application/json"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 404) << href;
  }
  expect_problem(post_condition(conversation.conversation, "tooManyGroups"), 400);
}

TEST_F(ControlApi, OtherMethodsGet405WithAllow) {
  const auto result = client().Get("/conformance/v1/conversations", headers());
  expect_problem(result, 405);
  EXPECT_EQ(result->get_header_value("Allow"), "POST");
  const auto state = client().Post("/conformance/v1/state", headers(), "", "application/json");
  expect_problem(state, 405);
  EXPECT_EQ(state->get_header_value("Allow"), "DELETE");
}

TEST_F(ControlApi, UnknownRoutesGet404) {
  expect_problem(client().Get("/conformance/v1/events", headers()), 404);
  expect_problem(client().Get("/conformance/v2/conversations", headers()), 404);
}

}  // namespace
}  // namespace ucwa::reference::testing
