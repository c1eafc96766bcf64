// What an escalation puts in its application's event channel, in JSON and XML.

#include <nlohmann/json.hpp>

#include "event_reading.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

class EventContent : public EventChannelTest, public ::testing::WithParamInterface<Wire> {};

TEST_P(EventContent, AnEscalationPutsStartedNegotiationAndCompletedInTheChannel) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_TRUE(answer.content_type.starts_with(
      GetParam() == Wire::xml ? "application/vnd.microsoft.com.ucwa+xml" : "application/json"))
      << answer.content_type;
  EXPECT_EQ(ack_of(*answer.self), "0");
  EXPECT_EQ(ack_of(*answer.next), "1");
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_EQ(answer.sender_blocks, 3u);

  const auto& started = answer.events[0];
  EXPECT_EQ(started.sender_rel, "communication");
  EXPECT_TRUE(started.sender_href.ends_with("/communication"));
  EXPECT_EQ(started.type, "started");
  EXPECT_EQ(started.rel, "audioVideoInvitation");
  EXPECT_FALSE(started.status);
  ASSERT_TRUE(started.embedded);
  EXPECT_EQ(started.embedded_rel, "audioVideoInvitation");
  EXPECT_EQ(started.embedded_self, started.href);
  EXPECT_EQ(started.properties.at("operationId"), "op-1");
  EXPECT_EQ(started.properties.at("sessionContext"), "context-1");

  const auto& negotiation = answer.events[1];
  EXPECT_EQ(negotiation.sender_rel, "audioVideoInvitation");
  EXPECT_EQ(negotiation.sender_href, started.href);
  EXPECT_EQ(negotiation.type, "updated");
  EXPECT_EQ(negotiation.rel, "audioVideoNegotiation");
  ASSERT_TRUE(negotiation.embedded);
  EXPECT_EQ(negotiation.embedded_self, negotiation.href);
  EXPECT_EQ(negotiation.properties.at("sessionContext"), "context-1");
  EXPECT_EQ(negotiation.links.at("audioVideoInvitation"), started.href);
  const auto media_answer = sdp_of(negotiation.links.at("mediaAnswer"));
  EXPECT_TRUE(media_answer.starts_with("v=0\r\n")) << media_answer;
  EXPECT_NE(media_answer.find("\r\nm=audio 52000 "), std::string::npos) << media_answer;
  EXPECT_NE(media_answer.find("\r\nm=video 52002 "), std::string::npos) << media_answer;

  const auto& completed = answer.events[2];
  EXPECT_EQ(completed.sender_rel, "communication");
  EXPECT_EQ(completed.type, "completed");
  EXPECT_EQ(completed.href, started.href);
  EXPECT_EQ(completed.status, "Success");
  EXPECT_FALSE(completed.reason);
  EXPECT_EQ(completed.properties.at("operationId"), "op-1");
}

TEST_P(EventContent, TheEmbeddedInvitationIsWhatGetOfItsSelfHrefAnswers) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  const auto got = client().Get(answer.events[0].href, headers(accept_for(GetParam())));
  ASSERT_TRUE(got);
  ASSERT_EQ(got->status, 200);
  if (GetParam() == Wire::json) {
    const auto events = json::parse(answer.body);
    EXPECT_EQ(events["sender"][0]["events"][0]["_embedded"]["audioVideoInvitation"],
              json::parse(got->body));
  } else {
    // The same element, but for the namespace the top-level resource declares.
    auto resource = got->body.substr(got->body.find("<resource"));
    const std::string declaration = std::string(" xmlns=\"") + std::string(kNamespace) + "\"";
    resource.erase(resource.find(declaration), declaration.size());
    std::string indented;
    for (std::size_t at = 0; at < resource.size();) {
      const auto end = resource.find('\n', at);
      indented += "      " + resource.substr(at, end - at + 1);
      at = end + 1;
    }
    EXPECT_NE(answer.body.find(indented), std::string::npos) << answer.body;
  }
}

TEST_P(EventContent, TheNegotiationIsServedAtItsHref) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  const auto got = client().Get(answer.events[1].href, headers(accept_for(GetParam())));
  ASSERT_TRUE(got);
  ASSERT_EQ(got->status, 200);
  if (GetParam() == Wire::json) {
    const auto events = json::parse(answer.body);
    EXPECT_EQ(events["sender"][1]["events"][0]["_embedded"]["audioVideoNegotiation"],
              json::parse(got->body));
  }
  const auto other_application = answer.events[1].href;
  const auto wrong =
      client().Get(other_application.substr(0, other_application.find("/communication")) + "9" +
                       other_application.substr(other_application.find("/communication")),
                   headers());
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 404);
}

TEST_P(EventContent, EscalationFailsCompletesInFailureWithItsReason) {
  const auto answer = escalate_and_read(GetParam(), "escalationFails");
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  const auto& completed = answer.events[2];
  EXPECT_EQ(completed.type, "completed");
  EXPECT_EQ(completed.status, "Failure");
  ASSERT_TRUE(completed.reason) << answer.body;
  EXPECT_EQ(completed.reason->code, "ServiceFailure");
  EXPECT_EQ(completed.reason->subcode, "EscalationFailed");
  EXPECT_FALSE(completed.reason->message.empty());
  if (GetParam() == Wire::xml) {
    EXPECT_NE(answer.body.find("status=\"Failure\""), std::string::npos) << answer.body;
    EXPECT_NE(answer.body.find("<reason xmlns=\""), std::string::npos) << answer.body;
  }
}

TEST_P(EventContent, TheConditionIsSpentByOneEscalation) {
  const auto failing = create_conversation();
  set_condition(failing.conversation, "escalationFails");
  ASSERT_EQ(escalate(failing.escalate, "a", "b")->status, 201);
  EXPECT_EQ(get(failing.events, GetParam()).events.back().status, "Failure");
  // The condition waits for an escalation that succeeds: a refused one leaves it armed.
  const auto other = create_conversation();
  set_condition(other.conversation, "escalationFails");
  ASSERT_EQ(escalate_raw(other.escalate, "operationId=a")->status, 400);
  ASSERT_EQ(escalate(other.escalate, "a", "b")->status, 201);
  EXPECT_EQ(get(other.events, GetParam()).events.back().status, "Failure");
}

TEST_P(EventContent, ARefusedEscalationPutsNothingInTheChannel) {
  const auto conversation = create_conversation();
  auto held = pending_get(conversation.events, GetParam());
  ASSERT_EQ(escalate_raw(conversation.escalate, "operationId=refused")->status, 400);
  set_condition(conversation.conversation, "tooManyGroups");
  ASSERT_EQ(escalate(conversation.escalate, "refused", "b")->status, 409);
  ASSERT_EQ(escalate(conversation.escalate, "accepted", "b")->status, 201);
  ASSERT_EQ(escalate(conversation.escalate, "again", "b")->status, 409);
  const auto answer = held.get();
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  for (const auto& event : answer.events) {
    if (event.properties.count("operationId")) {
      EXPECT_EQ(event.properties.at("operationId"), "accepted");
    }
  }
  EXPECT_EQ(ack_of(*answer.next), "1");
}

TEST_P(EventContent, EachConversationHasAnApplicationOfItsOwn) {
  const auto first = create_conversation();
  const auto second = create_conversation();
  const auto application = [](const std::string& href) {
    return href.substr(0, href.find("/events"));
  };
  EXPECT_NE(application(first.events), application(second.events));
  EXPECT_TRUE(first.conversation.starts_with(application(first.events) + "/communication/"));
  EXPECT_EQ(ack_of(second.events), "0");
  // A conversation is not found under another application.
  const auto elsewhere = application(second.events) +
                         first.conversation.substr(first.conversation.find("/communication/"));
  const auto got = client().Get(elsewhere, headers());
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, 404);
  // Its events stay in its own channel.
  ASSERT_EQ(escalate(first.escalate, "first", "b")->status, 201);
  auto second_held = pending_get(second.events, GetParam());
  ASSERT_EQ(escalate(second.escalate, "second", "b")->status, 201);
  const auto answer = second_held.get();
  ASSERT_FALSE(answer.events.empty()) << answer.body;
  EXPECT_EQ(answer.events.front().properties.at("operationId"), "second");
}

INSTANTIATE_TEST_SUITE_P(Formats, EventContent, ::testing::Values(Wire::json, Wire::xml),
                         wire_name);

}  // namespace
}  // namespace ucwa::reference::testing
