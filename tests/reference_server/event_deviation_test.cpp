// The event channel under each of its variants (legal differences) and mutants (deliberate
// faults): each changes what it says, and nothing else the tests below look at.

#include <nlohmann/json.hpp>

#include "event_reading.hpp"

namespace ucwa::reference::testing {
namespace {

class EventVariant : public EventChannelTest, public ::testing::WithParamInterface<Wire> {
 protected:
  void run_with(const char* variant, int hold_ms = kLongHold) {
    options_.variant = variant;
    options_.event_hold_ms = hold_ms;
    restart();
  }
  std::string base() const { return server_->base_url(); }
};

const ReadEvent* find_event(const ReadAnswer& answer, std::string_view type, std::string_view rel) {
  for (const auto& event : answer.events) {
    if (event.type == type && event.rel == rel) return &event;
  }
  return nullptr;
}

TEST_P(EventVariant, EventBefore201StillQueuesEveryEventBeforeAnswering) {
  run_with("event-before-201");
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  EXPECT_EQ(get(conversation.events, GetParam()).events.size(), 3u);
}

TEST_P(EventVariant, EventsSpreadPutsEachEventInAnAnswerOfItsOwn) {
  run_with("events-spread");
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  std::string position = conversation.events;
  std::vector<std::string> seen;
  for (int i = 0; i < 3; ++i) {
    const auto answer = get(position, GetParam());
    ASSERT_EQ(answer.events.size(), 1u) << answer.body;
    seen.push_back(answer.events[0].type + " " + answer.events[0].rel);
    position = *answer.next;
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"started audioVideoInvitation",
                                            "updated audioVideoNegotiation",
                                            "completed audioVideoInvitation"}));
  // The first answer is still the same when asked again.
  EXPECT_EQ(get(conversation.events, GetParam()).events.size(), 1u);
}

TEST_P(EventVariant, OnlyCompletedSkipsStarted) {
  run_with("only-completed");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 2u) << answer.body;
  EXPECT_FALSE(find_event(answer, "started", "audioVideoInvitation"));
  const auto* completed = find_event(answer, "completed", "audioVideoInvitation");
  ASSERT_TRUE(completed);
  EXPECT_TRUE(completed->embedded);
  EXPECT_EQ(completed->properties.at("operationId"), "op-1");
}

TEST_P(EventVariant, LinkOnlyEventsEmbedNoInvitation) {
  run_with("link-only-events");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_FALSE(answer.events[0].embedded);
  EXPECT_FALSE(answer.events[2].embedded);
  EXPECT_TRUE(answer.events[1].embedded);  // the negotiation keeps its media answer
  EXPECT_EQ(answer.events[2].status, "Success");
}

TEST_P(EventVariant, RepeatedSenderBlocksGiveEachEventABlock) {
  run_with("repeated-sender-blocks");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 4u) << answer.body;
  EXPECT_EQ(answer.sender_blocks, 4u);
  EXPECT_EQ(answer.events[0].sender_rel, "communication");
  EXPECT_EQ(answer.events[1].sender_rel, "communication");
  EXPECT_EQ(answer.events[1].type, "updated");
  EXPECT_EQ(answer.events[1].rel, "audioVideoInvitation");
  EXPECT_EQ(answer.events[3].type, "completed");
}

TEST_P(EventVariant, UnknownSendersAndTypesComeAmongTheInvitationsEvents) {
  run_with("unknown-senders-and-types");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 5u) << answer.body;
  EXPECT_EQ(answer.events[0].sender_rel, "me");
  EXPECT_EQ(answer.events[0].rel, "presence");
  const auto* note = find_event(answer, "frobnicated", "note");
  ASSERT_TRUE(note) << answer.body;
  EXPECT_EQ(note->in_rel, "notes");
  EXPECT_EQ(answer.events.back().type, "completed");
}

TEST_P(EventVariant, AbsoluteEventHrefsLeaveTheOtherHrefsRelative) {
  run_with("absolute-event-hrefs");
  const auto conversation = create_conversation();
  EXPECT_TRUE(conversation.events.starts_with("/"));
  auto held = pending_get(conversation.events, GetParam());
  const auto created = escalate(conversation.escalate, "a", "b");
  const auto self = nlohmann::json::parse(created->body)["_links"]["self"]["href"];
  const auto answer = held.get();
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_EQ(answer.self, base() + conversation.events);
  EXPECT_TRUE(answer.next->starts_with(base() + "/"));
  EXPECT_EQ(answer.events[0].href, base() + self.get<std::string>());
  EXPECT_TRUE(answer.events[0].sender_href.starts_with(base() + "/"));
  EXPECT_EQ(answer.events[0].embedded_self, self);
}

TEST_P(EventVariant, AbsoluteHrefsReachTheEventsAndWhatTheyEmbed) {
  run_with("absolute-hrefs");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_TRUE(answer.self->starts_with(base() + "/"));
  EXPECT_TRUE(answer.events[0].href.starts_with(base() + "/"));
  EXPECT_EQ(answer.events[0].embedded_self, answer.events[0].href);
}

TEST_P(EventVariant, TitlesOnEveryLinkReachEventLinks) {
  run_with("titles-on-every-link");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  for (const auto& event : answer.events) EXPECT_EQ(event.title, event.rel);
}

TEST_F(EventChannelTest, PlainXmlChannelJsonAnswersApplicationXmlInJson) {
  options_.variant = "plain-xml-channel-json";
  options_.event_hold_ms = 0;
  restart();
  const auto events = create_conversation().events;
  const auto type_of = [&](const char* accept) {
    return client().Get(events, headers(accept))->get_header_value("Content-Type");
  };
  EXPECT_EQ(type_of("application/xml"), "application/json; charset=utf-8");
  EXPECT_EQ(type_of("application/vnd.microsoft.com.ucwa+xml"),
            "application/vnd.microsoft.com.ucwa+xml; charset=utf-8");
}

TEST_P(EventVariant, SharedApplicationPutsEveryConversationInOneChannel) {
  run_with("shared-application");
  const auto first = create_conversation();
  ASSERT_EQ(escalate(first.escalate, "first", "b")->status, 201);
  const auto second = create_conversation();
  const auto application = [](const std::string& href) {
    return href.substr(0, href.find("/events"));
  };
  EXPECT_EQ(application(first.events), application(second.events));
  // A new conversation starts after every event queued before it.
  EXPECT_EQ(ack_of(second.events), "1");
  auto held = pending_get(second.events, GetParam());
  ASSERT_EQ(escalate(second.escalate, "second", "b")->status, 201);
  const auto answer = held.get();
  ASSERT_EQ(answer.events.size(), 3u) << answer.body;
  EXPECT_EQ(answer.events[0].properties.at("operationId"), "second");
  // The first conversation's events are still there for its own client.
  EXPECT_EQ(get(first.events, GetParam()).events[0].properties.at("operationId"), "first");
}

TEST_P(EventVariant, ErrorsWithExtrasReachTheReason) {
  run_with("errors-with-extras");
  const auto answer = escalate_and_read(GetParam(), "escalationFails");
  ASSERT_EQ(answer.events.size(), 3u);
  ASSERT_TRUE(answer.events[2].reason);
  EXPECT_EQ(answer.events[2].reason->subcode, "EscalationFailed");
  EXPECT_NE(answer.body.find("diagnosticsCode"), std::string::npos) << answer.body;
}

INSTANTIATE_TEST_SUITE_P(Formats, EventVariant, ::testing::Values(Wire::json, Wire::xml),
                         wire_name);

// Each mutant of the channel, seen the way the harness probes its clause.
class EventMutant : public EventVariant {
 protected:
  void run_mutant(const char* mutant, int hold_ms = kLongHold) {
    options_.mutant = mutant;
    options_.event_hold_ms = hold_ms;
    restart();
  }
};

TEST_P(EventMutant, NoInvitationEventPutsNothingInTheChannel) {
  run_mutant("no-invitation-event", 50);
  const auto answer = escalate_and_read(GetParam());
  EXPECT_EQ(answer.status, 200);
  EXPECT_TRUE(answer.events.empty()) << answer.body;
}

TEST_P(EventMutant, EachBreaksOnlyWhatItNames) {
  const auto check = [&](const char* mutant, const std::string& condition, auto expect) {
    run_mutant(mutant);
    const auto answer = escalate_and_read(GetParam(), condition);
    ASSERT_GE(answer.events.size(), 3u) << mutant << ": " << answer.body;
    SCOPED_TRACE(mutant);
    expect(answer);
  };
  check("event-wrong-href", "", [](const ReadAnswer& a) {
    EXPECT_NE(a.events[0].href, a.events[0].embedded_self);
    EXPECT_EQ(a.events[0].properties.at("operationId"), "op-1");
  });
  check("event-operation-id-dropped", "", [](const ReadAnswer& a) {
    EXPECT_FALSE(a.events[0].properties.count("operationId"));
    EXPECT_EQ(a.events[0].href, a.events[0].embedded_self);
  });
  check("event-session-context-changed", "", [](const ReadAnswer& a) {
    EXPECT_NE(a.events[0].properties.at("sessionContext"), "context-1");
    EXPECT_EQ(a.events[1].properties.at("sessionContext"), "context-1");
  });
  check("event-sender-conversation", "", [](const ReadAnswer& a) {
    EXPECT_EQ(a.events[0].sender_rel, "conversation");
    EXPECT_EQ(a.events[1].sender_rel, "audioVideoInvitation");
  });
  check("event-type-added", "", [](const ReadAnswer& a) { EXPECT_EQ(a.events[0].type, "added"); });
  check("completed-twice", "", [](const ReadAnswer& a) {
    ASSERT_EQ(a.events.size(), 4u);
    EXPECT_EQ(a.events[3].type, "completed");
  });
  check("event-embedded-broken", "", [](const ReadAnswer& a) {
    EXPECT_EQ(a.events[0].properties.at("importance"), "Sideways");
  });
  check("completed-without-status", "",
        [](const ReadAnswer& a) { EXPECT_FALSE(a.events[2].status); });
  check("completed-without-status", "escalationFails",
        [](const ReadAnswer& a) { EXPECT_EQ(a.events[2].status, "Failure"); });
  check("failure-reason-without-code", "escalationFails", [](const ReadAnswer& a) {
    EXPECT_EQ(a.events[2].status, "Failure");
    EXPECT_EQ(a.events[2].reason->code, "");
    EXPECT_EQ(a.events[2].reason->subcode, "EscalationFailed");
  });
  check("failure-wrong-subcode", "escalationFails", [](const ReadAnswer& a) {
    EXPECT_EQ(a.events[2].reason->code, "ServiceFailure");
    EXPECT_EQ(a.events[2].reason->subcode, "None");
  });
  check("negotiation-answer-audio-only", "", [](const ReadAnswer& a) {
    const auto sdp = sdp_of(a.events[1].links.at("mediaAnswer"));
    EXPECT_NE(sdp.find("m=audio"), std::string::npos);
    EXPECT_EQ(sdp.find("m=video"), std::string::npos) << sdp;
  });
  check("batch-without-self", "", [](const ReadAnswer& a) {
    EXPECT_FALSE(a.self);
    EXPECT_TRUE(a.next);
  });
  check("sender-without-href", "", [](const ReadAnswer& a) {
    EXPECT_EQ(a.events[0].sender_href, "");
    EXPECT_NE(a.events[1].sender_href, "");
  });
  check("next-repeats-events", "", [](const ReadAnswer& a) { EXPECT_EQ(a.next, a.self); });
}

TEST_F(EventChannelTest, XmlEventsWithoutNamespaceLeaveTheEnvelopeOutside) {
  options_.mutant = "xml-events-without-namespace";
  restart();
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate(conversation.escalate, "a", "b")->status, 201);
  const auto body = client().Get(conversation.events, headers(channel_accept(Wire::xml)))->body;
  EXPECT_NE(body.find("<events href="), std::string::npos);
  EXPECT_EQ(body.find("<events href=\"" + conversation.events + "\" xmlns="), std::string::npos)
      << body;
  EXPECT_NE(body.find("<resource rel=\"audioVideoInvitation\" href="), std::string::npos);
  EXPECT_NE(body.find(std::string("xmlns=\"") + std::string(kNamespace) + "\""), std::string::npos);
}

TEST_P(EventMutant, RepeatAckAnswersNothingTheSecondTime) {
  run_mutant("repeat-ack-answers-nothing");
  const auto answer = escalate_and_read(GetParam());
  ASSERT_EQ(answer.events.size(), 3u);
  const auto again = get(*answer.self, GetParam());
  EXPECT_TRUE(again.events.empty()) << again.body;
  EXPECT_EQ(again.next, answer.next);
}

TEST_P(EventMutant, OutOfRangeAckAcceptedAnswersEmptyAtOnce) {
  run_mutant("out-of-range-ack-accepted");
  const auto events = create_conversation().events;
  const auto answer = get(with_ack(events, "1000000000"), GetParam());
  EXPECT_FALSE(answer.resync);
  EXPECT_TRUE(answer.events.empty());
  EXPECT_EQ(ack_of(*answer.next), "1000000000");
}

TEST_P(EventMutant, PgetNotReplacedHoldsBothAndAnswersThem200) {
  run_mutant("pget-not-replaced");
  const auto events = create_conversation().events;
  auto first = pending_get(events, GetParam());
  auto second = pending_get(events, GetParam());
  EXPECT_EQ(first.get().status, 200);  // their hold is a second at most
  EXPECT_EQ(second.get().status, 200);
}

TEST_P(EventMutant, RefusedEscalationEventsClaimAnInvitationForTheRefusal) {
  run_mutant("refused-escalation-events");
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate_raw(conversation.escalate, "operationId=refused")->status, 400);
  const auto answer = get(conversation.events, GetParam());
  ASSERT_EQ(answer.events.size(), 1u) << answer.body;
  EXPECT_EQ(answer.events[0].type, "started");
  EXPECT_EQ(answer.events[0].properties.at("operationId"), "refused");
}

TEST_F(EventChannelTest, SessionContextOptionalPutsTheHarnesssRefusalInTheChannel) {
  options_.mutant = "session-context-optional";
  restart();
  const auto conversation = create_conversation();
  ASSERT_EQ(escalate_raw(conversation.escalate, "operationId=B")->status, 201);
  EXPECT_EQ(get(conversation.events, Wire::json).events[0].properties.at("operationId"), "B");
}

INSTANTIATE_TEST_SUITE_P(Formats, EventMutant, ::testing::Values(Wire::json, Wire::xml), wire_name);

}  // namespace
}  // namespace ucwa::reference::testing
