// UCWA clients find operations only through links (Hypermedia.md): from the conversation to its
// audioVideo resource, and from there to escalateAudioVideo (audioVideo_ref.md).
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Discovery : public bridge::EscalationTest {};

// The conversation links (rel audioVideo) to the audioVideo resource the control API named.
CONFORMANCE_TEST(Discovery, ConversationLinksAudioVideo, DSC_1) {
  EXPECT_TRUE(Satisfies(bridge::discover(conversation.conversation, format(), "conversation",
                                         "audioVideo", conversation.audio_video)));
}

// While escalation is possible, the audioVideo resource links (rel escalateAudioVideo) to the
// operation the control API named.
CONFORMANCE_TEST(Discovery, AudioVideoLinksEscalateAudioVideo, DSC_2) {
  EXPECT_TRUE(Satisfies(bridge::discover(conversation.audio_video, format(), "audioVideo",
                                         "escalateAudioVideo", conversation.escalate_audio_video)));
}

}  // namespace ucwa::suites
