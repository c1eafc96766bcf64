// Links that name resources lead to them (Hypermedia.md, PayloadFormat.md): a GET of the
// invitation's conversation, audioVideo and self links, and of each embedded participant.
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Resolution : public bridge::EscalationTest {};

CONFORMANCE_TEST(Resolution, ConversationLinkResolves, "RES-1") {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "conversation", "conversation")));
}

CONFORMANCE_TEST(Resolution, AudioVideoLinkResolves, "RES-2") {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "audioVideo", "audioVideo")));
}

CONFORMANCE_TEST(Resolution, ParticipantSelfLinksResolve, "RES-3") {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "participants", "participant")));
}

CONFORMANCE_TEST(Resolution, SelfLinkResolves, "RES-4") {
  EXPECT_TRUE(Satisfies(bridge::follow(escalate(), "self", "audioVideoInvitation")));
}

CONFORMANCE_AREA(Resolution);

}  // namespace ucwa::suites
