// An Accept header the server cannot honour gets 406 Not Acceptable or, as RFC 9110 allows,
// a representation the header does accept; never one it excludes. /Json asks for text/html,
// /Xml for image/png: neither names a UCWA representation. The precise UCWA types
// (PayloadFormat.md) are answered in their format.
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Negotiation : public bridge::EscalationTest {};

CONFORMANCE_TEST(Negotiation, UnacceptableAcceptIsNotAcceptable, "GEN-ERR-5") {
  bridge::EscalationRequest request;
  request.accept = format() == model::Format::json ? "text/html" : "image/png";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

CONFORMANCE_TEST(Negotiation, VendorMediaTypeAnsweredInItsFormat, "REP-CTYPE-3") {
  bridge::EscalationRequest request;
  request.accept = format() == model::Format::json ? "application/vnd.microsoft.com.ucwa+json"
                                                   : "application/vnd.microsoft.com.ucwa+xml";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

CONFORMANCE_AREA(Negotiation);

}  // namespace ucwa::suites
