// Only POST is documented on escalateAudioVideo (escalateAudioVideo_ref.md); any other method
// is MethodNotAllowed (ErrorsAndInformationalMessages.md), and a 405 names what is allowed
// (RFC 9110).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Methods : public bridge::EscalationTest {
 protected:
  // The ordinary request with another method; GET and DELETE carry no body.
  check::Escalation escalate_with(std::string method) {
    bridge::EscalationRequest request;
    if (method != "PUT") {
      request.body.clear();
      request.content_type.reset();
    }
    request.method = std::move(method);
    return escalate(request);
  }
};

// When the method is not POST (MethodNotAllowed), escalateAudioVideo answers (405,
// MethodNotAllowed, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that
// carries code, in the format asked for.
CONFORMANCE_TEST(Methods, GetIsMethodNotAllowed, GEN_ERR_2) {
  EXPECT_TRUE(Satisfies(escalate_with("GET")));
}

// When the method is not POST (MethodNotAllowed), escalateAudioVideo answers (405,
// MethodNotAllowed, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that
// carries code, in the format asked for.
CONFORMANCE_TEST(Methods, PutIsMethodNotAllowed, GEN_ERR_2) {
  EXPECT_TRUE(Satisfies(escalate_with("PUT")));
}

// When the method is not POST (MethodNotAllowed), escalateAudioVideo answers (405,
// MethodNotAllowed, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that
// carries code, in the format asked for.
CONFORMANCE_TEST(Methods, DeleteIsMethodNotAllowed, GEN_ERR_2) {
  EXPECT_TRUE(Satisfies(escalate_with("DELETE")));
}

// A 405 answer carries an Allow header that names POST.
CONFORMANCE_TEST(Methods, GetRefusalAllowsPost, GEN_ERR_3) {
  EXPECT_TRUE(Satisfies(escalate_with("GET")));
}

// A 405 answer carries an Allow header that names POST.
CONFORMANCE_TEST(Methods, PutRefusalAllowsPost, GEN_ERR_3) {
  EXPECT_TRUE(Satisfies(escalate_with("PUT")));
}

// A 405 answer carries an Allow header that names POST.
CONFORMANCE_TEST(Methods, DeleteRefusalAllowsPost, GEN_ERR_3) {
  EXPECT_TRUE(Satisfies(escalate_with("DELETE")));
}

}  // namespace ucwa::suites
