// A conversation the server no longer has: after DELETE {control}/state forgets it, its
// escalateAudioVideo answers ResourceNotFound, 404 NotFound (GenericSynchronousErrors.md,
// ErrorsAndInformationalMessages.md).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class NotFound : public bridge::EscalationTest {};

// When the conversation no longer exists (ResourceNotFound), escalateAudioVideo answers (404,
// NotFound, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that carries
// code, in the format asked for.
CONFORMANCE_TEST(NotFound, ForgottenConversation, GEN_ERR_1) {
  auto reset = bridge::session().control().reset_state();
  if (reset.unavailable) return bridge::give_up(*reset.unavailable);
  EXPECT_TRUE(Satisfies(escalate()));
}

}  // namespace ucwa::suites
