// What the event channel says about an escalation: "Creates audioVideoInvitation in event
// channel" (escalateAudioVideo_ref.md; OperationResource.md, EventChannelDetails.md,
// audioVideoInvitation_ref.md, audioVideoNegotiation_ref.md).
#include "bridge/channel_test.hpp"
#include "bridge/satisfies.hpp"

namespace ucwa::suites {

class Events : public bridge::ChannelTest {};

// After a 201, the event channel delivers an event whose link has rel audioVideoInvitation and
// href the invitation's self href, within the wait.
CONFORMANCE_TEST(Events, DeliverTheInvitation, EVT_1) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// An invitation embedded in the invitation's events carries the operationId sent.
CONFORMANCE_TEST(Events, CarryTheOperationIdSent, EVT_2) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// An invitation embedded in the invitation's events carries the sessionContext sent.
CONFORMANCE_TEST(Events, CarryTheSessionContextSent, EVT_3) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// The invitation's events come from the sender communication.
CONFORMANCE_TEST(Events, ComeFromCommunication, EVT_4) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// The invitation's events are operation events: started, updated or completed.
CONFORMANCE_TEST(Events, AreOperationEvents, EVT_5) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// The invitation's completed event comes once, and last.
CONFORMANCE_TEST(Events, CompleteOnceAndLast, EVT_6) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// An invitation embedded in its event satisfies every member clause of the audioVideoInvitation
// (AVI-PROP, AVI-LINK, AVI-EMB, PTY).
CONFORMANCE_TEST(Events, EmbedAValidInvitation, EVT_7) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// The invitation's completed event carries a status.
CONFORMANCE_TEST(Events, CompletedCarriesStatus, EVT_8) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// When the escalation fails, its completed event carries a reason with a code.
CONFORMANCE_TEST(Events, FailureCarriesReason, EVT_9) {
  if (auto channel = shared_watch("escalationFails")) {
    EXPECT_TRUE(Judge(*channel));
  }
}

// When the escalation fails, its completed event's status is Failure and its reason's subcode
// EscalationFailed.
CONFORMANCE_TEST(Events, FailureIsEscalationFailed, EVT_10) {
  if (auto channel = shared_watch("escalationFails")) {
    EXPECT_TRUE(Judge(*channel));
  }
}

// An audioVideoNegotiation event about the invitation carries a mediaAnswer: SDP with audio and
// video.
CONFORMANCE_TEST(Events, NegotiationAnswersAudioAndVideo, EVT_11) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// No event claims an invitation for an escalation that was refused.
CONFORMANCE_TEST(Events, NoneForARefusedEscalation, EVT_17) {
  EXPECT_TRUE(Judge(escalate_after_refusal()));
}

}  // namespace ucwa::suites
