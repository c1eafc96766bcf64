// The event channel's pending GET (EventChannelDetails.md, EventsInUCWA.md): positions, acks,
// resync, holding, replacing, errors, and stopping with requests held.

#include <nlohmann/json.hpp>

#include "event_reading.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

class EventChannel : public EventChannelTest, public ::testing::WithParamInterface<Wire> {};

TEST_P(EventChannel, EventsQueuedBeforeTheRequestAreAnsweredAtOnce) {
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  const auto answer = get(conversation.events, GetParam());
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_EQ(answer.self, conversation.events);
}

TEST_P(EventChannel, AskingAgainWithTheSameAckBringsTheSameEvents) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u);
  const auto again = get(*answer.self, GetParam());
  EXPECT_EQ(again.body, answer.body);
  EXPECT_EQ(get(*answer.self, GetParam()).body, answer.body);
}

TEST_P(EventChannel, FollowingNextBringsNoAcknowledgedEventBack) {
  options_.event_hold_ms = 0;  // nothing after next: answered at once, empty
  restart();
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  const auto answer = get(conversation.events, GetParam());
  ASSERT_EQ(answer.events.size(), 3u);
  const auto next = get(*answer.next, GetParam());
  ASSERT_EQ(next.status, 200) << next.body;
  EXPECT_TRUE(next.events.empty()) << next.body;
  EXPECT_EQ(next.self, answer.next);
  EXPECT_EQ(next.next, answer.next);
  // Once acknowledged, the answer may still be asked for again.
  EXPECT_EQ(get(*answer.self, GetParam()).body, answer.body);
}

TEST_P(EventChannel, AHeldRequestIsAnsweredEmptyWhenItsHoldEnds) {
  options_.event_hold_ms = 50;
  restart();
  const auto conversation = create_conversation();
  const auto answer = get(conversation.events, GetParam());
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_TRUE(answer.events.empty());
  EXPECT_EQ(answer.self, conversation.events);
  EXPECT_EQ(answer.next, conversation.events);
  EXPECT_FALSE(answer.resync);
  // The timeout parameter (180 to 1800 seconds) is accepted; the server's hold still caps it.
  const auto with_timeout = get(conversation.events + "&timeout=180", GetParam());
  EXPECT_EQ(with_timeout.status, 200) << with_timeout.body;
  EXPECT_EQ(with_timeout.self, conversation.events + "&timeout=180");
  EXPECT_EQ(with_timeout.next, conversation.events);
}

TEST_P(EventChannel, AHeldRequestIsReleasedByAnEscalationOnAnotherConnection) {
  const auto conversation = create_conversation();
  auto held = pending_get(conversation.events, GetParam());
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  const auto answer = held.get();
  EXPECT_EQ(answer.status, 200);
  EXPECT_EQ(answer.events.size(), 3u) << answer.body;
}

TEST_P(EventChannel, AnAckAboveTheLatestIsAnsweredWithResyncAlone) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u);
  for (const auto* ack : {"2", "1000000001", "123456789012345678901234567890"}) {
    const auto resync = get(with_ack(*answer.self, ack), GetParam());
    ASSERT_EQ(resync.status, 200) << resync.body;
    EXPECT_FALSE(resync.self) << ack;
    EXPECT_FALSE(resync.next) << ack;
    EXPECT_FALSE(resync.has_senders) << resync.body;
    ASSERT_TRUE(resync.resync) << resync.body;
    // The first answer nobody acknowledged yet.
    EXPECT_EQ(ack_of(*resync.resync), "0") << ack;
  }
}

TEST_P(EventChannel, AnAckBelowWhatTheChannelKeepsIsAnsweredWithResync) {
  options_.variant = "shared-application";  // many escalations, one channel
  restart();
  std::string position = create_conversation().events;
  const std::string start = position;
  std::vector<ReadAnswer> answers;
  for (int i = 0; i < 20; ++i) {
    const auto conversation = create_conversation();
    ASSERT_EQ(escalate(conversation.escalate, "op-" + std::to_string(i), "b")->status, 201);
    answers.push_back(get(position, GetParam()));
    ASSERT_EQ(answers.back().events.size(), 3u) << answers.back().body;
    position = *answers.back().next;
  }
  const auto resync = get(start, GetParam());
  ASSERT_TRUE(resync.resync) << resync.body;
  EXPECT_FALSE(resync.has_senders);
  // Back to the last answer asked for, which nothing acknowledged.
  EXPECT_EQ(resync.resync, answers.back().self);
  EXPECT_EQ(get(*resync.resync, GetParam()).body, answers.back().body);
  // Recent acknowledged answers are kept.
  EXPECT_EQ(get(*answers[10].self, GetParam()).body, answers[10].body);
}

TEST_P(EventChannel, ASecondRequestWithTheSameAckReleasesTheHeldOneWith409) {
  const auto conversation = create_conversation();
  auto first = pending_get(conversation.events, GetParam());
  auto second = pending_get(conversation.events, GetParam());
  // Whichever came second is held; the other is released at once.
  std::optional<ReadAnswer> replaced;
  std::future<ReadAnswer>* still_held = nullptr;
  while (!replaced) {
    if (first.wait_for(std::chrono::milliseconds(5)) == std::future_status::ready) {
      replaced = first.get();
      still_held = &second;
    } else if (second.wait_for(std::chrono::milliseconds(5)) == std::future_status::ready) {
      replaced = second.get();
      still_held = &first;
    }
  }
  EXPECT_EQ(replaced->status, 409) << replaced->body;
  const auto error = read_error(replaced->body, GetParam() == Wire::xml);
  EXPECT_EQ(error.code, "Conflict");
  EXPECT_EQ(error.subcode, "PGetReplaced");
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  EXPECT_EQ(still_held->get().events.size(), 3u);
}

TEST_P(EventChannel, ARequestOfLowerPriorityDoesNotReplaceTheHeldOne) {
  const auto conversation = create_conversation();
  auto high = pending_get(conversation.events + "&priority=5", GetParam());
  auto low = pending_get(conversation.events + "&priority=-1", GetParam());
  // In either order of arrival, the low one is answered 409 and the high one stays held.
  const auto refused = low.get();
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(read_error(refused.body, GetParam() == Wire::xml).subcode, "PGetReplaced");
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  EXPECT_EQ(high.get().events.size(), 3u);
}

TEST_P(EventChannel, ARequestWithAnotherAckLeavesTheHeldOneAlone) {
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u);
  auto held = pending_get(*answer.next, GetParam());
  wait_until_held(*answer.next);
  EXPECT_EQ(get(*answer.self, GetParam()).body, answer.body);
  EXPECT_TRUE(get(with_ack(*answer.self, "9"), GetParam()).resync);
  server_->stop();  // answers the held request, empty: it was not replaced
  const auto released = held.get();
  EXPECT_EQ(released.status, 200) << released.body;
  EXPECT_TRUE(released.events.empty());
}

TEST_P(EventChannel, StopAnswersEveryHeldRequest) {
  std::vector<std::future<ReadAnswer>> held;
  for (int i = 0; i < 3; ++i) {
    const auto events = create_conversation().events;
    held.push_back(pending_get(events, GetParam()));
    wait_until_held(events);
  }
  server_->stop();  // the holds last half an hour: only stop() can answer them
  for (auto& each : held) {
    const auto answer = each.get();
    EXPECT_EQ(answer.status, 200) << answer.body;
    EXPECT_TRUE(answer.events.empty());
  }
}

TEST_P(EventChannel, HeldRequestsLeaveTheServerFreeForOthers) {
  std::vector<std::future<ReadAnswer>> held;
  for (int i = 0; i < 40; ++i) {
    const auto events = create_conversation().events;
    held.push_back(pending_get(events, GetParam()));
    wait_until_held(events);
  }
  const auto conversation = create_conversation();
  auto mine = pending_get(conversation.events, GetParam());
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  EXPECT_EQ(mine.get().events.size(), 3u);
  server_->stop();
  for (auto& each : held) EXPECT_TRUE(each.get().events.empty());
}

TEST_P(EventChannel, ForgettingEverythingAnswersHeldRequests404) {
  const auto conversation = create_conversation();
  auto held = pending_get(conversation.events, GetParam());
  wait_until_held(conversation.events);
  ASSERT_EQ(client().Delete("/conformance/v1/state", headers())->status, 204);
  const auto answer = held.get();
  EXPECT_EQ(answer.status, 404) << answer.body;
  const auto error = read_error(answer.body, GetParam() == Wire::xml);
  EXPECT_EQ(error.code, "NotFound");
  EXPECT_EQ(error.subcode, "ApplicationNotFound");
}

TEST_P(EventChannel, AnUnknownApplicationIs404ApplicationNotFound) {
  const auto events = create_conversation().events;
  for (const auto& href : {"/ucwa/oauth/v1/applications/999999/events?ack=0",
                           "/ucwa/oauth/v1/applications/999999/events"}) {
    const auto answer = get(href, GetParam());
    EXPECT_EQ(answer.status, 404) << href;
    const auto error = read_error(answer.body, GetParam() == Wire::xml);
    EXPECT_EQ(error.code, "NotFound");
    EXPECT_EQ(error.subcode, "ApplicationNotFound");
  }
  EXPECT_EQ(get(events.substr(0, events.find('?')) + "/more?ack=0", GetParam()).status, 404);
}

TEST_P(EventChannel, MalformedParametersAre400ParameterValidationFailure) {
  const auto events = create_conversation().events;
  const auto base = events.substr(0, events.find('?'));
  const std::vector<std::pair<std::string, std::string>> cases{
      {base, "ack"},
      {base + "?ack=", "ack"},
      {base + "?ack=-1", "ack"},
      {base + "?ack=1x", "ack"},
      {base + "?ack=0&ack=0", "ack"},
      {events + "&timeout=5", "timeout"},
      {events + "&timeout=1801", "timeout"},
      {events + "&timeout=soon", "timeout"},
      {events + "&low=4", "low"},
      {events + "&medium=x", "medium"},
      {events + "&priority=high", "priority"},
  };
  for (const auto& [href, parameter] : cases) {
    const auto answer = get(href, GetParam());
    EXPECT_EQ(answer.status, 400) << href;
    const auto error = read_error(answer.body, GetParam() == Wire::xml);
    EXPECT_EQ(error.code, "BadRequest") << href;
    EXPECT_EQ(error.subcode, "ParameterValidationFailure") << href;
    EXPECT_TRUE(error.parameters.count(parameter)) << href << ": " << answer.body;
  }
}

TEST_P(EventChannel, TheChannelNeedsTheTokenAndOnlyGet) {
  const auto conversation = create_conversation();
  const auto anonymous =
      client().Get(conversation.events, httplib::Headers{{"Accept", "application/json"}});
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  const auto posted =
      client().Post(conversation.events, headers(accept_for(GetParam())), "", "text/plain");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 405);
  EXPECT_EQ(posted->get_header_value("Allow"), "GET");
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  const auto minted = mint_token({"Conversations.Receive"});
  EXPECT_EQ(get(conversation.events, GetParam(), minted).events.size(), 3u);
}

TEST_F(EventChannelTest, AcceptDecidesTheFormat) {
  options_.event_hold_ms = 0;
  restart();
  const auto events = create_conversation().events;
  const auto type_of = [&](const char* accept) {
    const auto result = client().Get(events, headers(accept));
    return result ? result->get_header_value("Content-Type") : std::string("no answer");
  };
  EXPECT_EQ(type_of(""), "application/json; charset=utf-8");
  EXPECT_EQ(type_of("application/json"), "application/json; charset=utf-8");
  EXPECT_EQ(type_of("application/vnd.microsoft.com.ucwa+json"),
            "application/vnd.microsoft.com.ucwa+json; charset=utf-8");
  EXPECT_EQ(type_of("application/vnd.microsoft.com.ucwa+xml"),
            "application/vnd.microsoft.com.ucwa+xml; charset=utf-8");
  EXPECT_EQ(type_of("application/xml"), "application/xml; charset=utf-8");
  const auto refused = client().Get(events, headers("text/html"));
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 406);
}

INSTANTIATE_TEST_SUITE_P(Formats, EventChannel, ::testing::Values(Wire::json, Wire::xml),
                         wire_name);

}  // namespace
}  // namespace ucwa::reference::testing
