// An Accept header the server cannot honour gets 406 Not Acceptable or, as RFC 9110 allows,
// a representation the header does accept; never one it excludes. /Json asks for text/html,
// /Xml for image/png: neither names a UCWA representation. The precise UCWA types
// (PayloadFormat.md) are answered in their format.
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Negotiation : public bridge::EscalationTest {};

// A request whose Accept header names no UCWA representation gets 406 Not Acceptable or a
// representation that Accept header allows.
CONFORMANCE_TEST(Negotiation, UnacceptableAcceptIsNotAcceptable, GEN_ERR_5) {
  bridge::EscalationRequest request;
  request.accept = format() == model::Format::json ? "text/html" : "image/png";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// A response to an Accept header naming a precise UCWA type
// (application/vnd.microsoft.com.ucwa+json or +xml) is in that representation.
CONFORMANCE_TEST(Negotiation, VendorMediaTypeAnsweredInItsFormat, REP_CTYPE_3) {
  bridge::EscalationRequest request;
  request.accept = format() == model::Format::json ? "application/vnd.microsoft.com.ucwa+json"
                                                   : "application/vnd.microsoft.com.ucwa+xml";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

}  // namespace ucwa::suites
