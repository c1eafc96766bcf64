// The offer the invitation carries: escalateAudioVideo asks for SDP of both modalities
// (escalateAudioVideo_ref.md), and the invitation's mediaOffer holds "the SDP offer(s)".
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class MediaOffer : public bridge::EscalationTest {};

CONFORMANCE_TEST(MediaOffer, HoldsAudioAndVideo, "SDP-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(MediaOffer, IsTheOfferSent, "SDP-2") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_AREA(MediaOffer);

}  // namespace ucwa::suites
