// The 201 answer of escalateAudioVideo: an audioVideoInvitation in the format asked for
// (escalateAudioVideo_ref.md, audioVideoInvitation_ref.md, PayloadFormat.md).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Created : public bridge::EscalationTest {};

CONFORMANCE_TEST(Created, AnswersCreated, "ESC-RESP-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, BodyIsUcwaFormat, "REP-CTYPE-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, BodyIsFormatAsked, "REP-CTYPE-2") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, BodyHasDocumentedShape, "REP-SHAPE-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, IsAudioVideoInvitation, "AVI-REL-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, HasSelfLink, "AVI-LINK-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, EchoesOperationId, "AVI-ECHO-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, EchoesSessionContext, "AVI-ECHO-2") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_TEST(Created, ParticipantsHaveSelfLinks, "PAR-LINK-1") {
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_AREA(Created);

}  // namespace ucwa::suites
