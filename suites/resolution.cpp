// Links that name resources lead to them (Hypermedia.md, PayloadFormat.md): a GET of the
// invitation's conversation, audioVideo and self links, and of each embedded participant.
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Resolution : public bridge::EscalationTest {};

// The invitation's conversation link answers a GET with 200 and a conversation resource.
CONFORMANCE_TEST(Resolution, ConversationLinkResolves, RES_1) {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "conversation", "conversation")));
}

// The invitation's audioVideo link answers a GET with 200 and an audioVideo resource.
CONFORMANCE_TEST(Resolution, AudioVideoLinkResolves, RES_2) {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "audioVideo", "audioVideo")));
}

// Each embedded participant's self link answers a GET with 200 and a participant resource.
CONFORMANCE_TEST(Resolution, ParticipantSelfLinksResolve, RES_3) {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "participants", "participant")));
}

// The invitation's self link answers a GET with 200 and the audioVideoInvitation.
CONFORMANCE_TEST(Resolution, SelfLinkResolves, RES_4) {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "self", "audioVideoInvitation")));
}

}  // namespace ucwa::suites
