// The offer the invitation carries: escalateAudioVideo asks for SDP of both modalities
// (escalateAudioVideo_ref.md), and the invitation's mediaOffer holds "the SDP offer(s)".
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class MediaOffer : public bridge::EscalationTest {};

// The invitation's mediaOffer is SDP that parses and holds an m=audio and an m=video section.
CONFORMANCE_TEST(MediaOffer, HoldsAudioAndVideo, SDP_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// The invitation's mediaOffer is the offer the client sent.
CONFORMANCE_TEST(MediaOffer, IsTheOfferSent, SDP_2) {
  EXPECT_TRUE(Satisfies(escalate()));
}

}  // namespace ucwa::suites
