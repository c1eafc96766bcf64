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

CONFORMANCE_TEST(Methods, GetIsMethodNotAllowed, "GEN-ERR-2") {
  EXPECT_TRUE(Satisfies(escalate_with("GET")));
}

CONFORMANCE_TEST(Methods, PutIsMethodNotAllowed, "GEN-ERR-2") {
  EXPECT_TRUE(Satisfies(escalate_with("PUT")));
}

CONFORMANCE_TEST(Methods, DeleteIsMethodNotAllowed, "GEN-ERR-2") {
  EXPECT_TRUE(Satisfies(escalate_with("DELETE")));
}

CONFORMANCE_TEST(Methods, GetRefusalAllowsPost, "GEN-ERR-3") {
  EXPECT_TRUE(Satisfies(escalate_with("GET")));
}

CONFORMANCE_TEST(Methods, PutRefusalAllowsPost, "GEN-ERR-3") {
  EXPECT_TRUE(Satisfies(escalate_with("PUT")));
}

CONFORMANCE_TEST(Methods, DeleteRefusalAllowsPost, "GEN-ERR-3") {
  EXPECT_TRUE(Satisfies(escalate_with("DELETE")));
}

CONFORMANCE_AREA(Methods);

}  // namespace ucwa::suites
