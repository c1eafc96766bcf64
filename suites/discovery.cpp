// UCWA clients find operations only through links (Hypermedia.md): from the conversation to its
// audioVideo resource, and from there to escalateAudioVideo (audioVideo_ref.md).
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Discovery : public bridge::EscalationTest {};

CONFORMANCE_TEST(Discovery, ConversationLinksAudioVideo, "DSC-1") {
  EXPECT_TRUE(Satisfies(bridge::discover(conversation.conversation, format(), "conversation",
                                         "audioVideo", conversation.audio_video)));
}

CONFORMANCE_TEST(Discovery, AudioVideoLinksEscalateAudioVideo, "DSC-2") {
  EXPECT_TRUE(Satisfies(bridge::discover(conversation.audio_video, format(), "audioVideo",
                                         "escalateAudioVideo", conversation.escalate_audio_video)));
}

CONFORMANCE_AREA(Discovery);

}  // namespace ucwa::suites
