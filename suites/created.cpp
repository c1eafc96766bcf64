// The 201 answer of escalateAudioVideo: an audioVideoInvitation in the format asked for
// (escalateAudioVideo_ref.md, audioVideoInvitation_ref.md, PayloadFormat.md).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Created : public bridge::EscalationTest {};

// A successful escalateAudioVideo POST answers 201 Created.
CONFORMANCE_TEST(Created, AnswersCreated, ESC_RESP_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// A response body is JSON (application/json or application/vnd.microsoft.com.ucwa+json) or XML
// (application/xml or application/vnd.microsoft.com.ucwa+xml), as Content-Type says.
CONFORMANCE_TEST(Created, BodyIsUcwaFormat, REP_CTYPE_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// A response is in the representation the request's Accept header asked for.
CONFORMANCE_TEST(Created, BodyIsFormatAsked, REP_CTYPE_2) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// Every link, property and embedded resource is written in its representation's documented shape
// (JSON _links and _embedded objects; XML <link>, <property>, <propertyList> and nested <resource>
// in the UCWA namespace).
CONFORMANCE_TEST(Created, BodyHasDocumentedShape, REP_SHAPE_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// The 201 body is an audioVideoInvitation resource (rel "audioVideoInvitation").
CONFORMANCE_TEST(Created, IsAudioVideoInvitation, AVI_REL_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// The audioVideoInvitation has a self link (JSON _links.self, XML resource@href).
CONFORMANCE_TEST(Created, HasSelfLink, AVI_LINK_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// The invitation's operationId is the operationId the client supplied.
CONFORMANCE_TEST(Created, EchoesOperationId, AVI_ECHO_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// The invitation's sessionContext is the sessionContext the client supplied.
CONFORMANCE_TEST(Created, EchoesSessionContext, AVI_ECHO_2) {
  EXPECT_TRUE(Satisfies(escalate()));
}

// Every embedded participant has a self link, as every UCWA resource does.
CONFORMANCE_TEST(Created, ParticipantsHaveSelfLinks, PAR_LINK_1) {
  EXPECT_TRUE(Satisfies(escalate()));
}

}  // namespace ucwa::suites
