// A conversation the server no longer has: after DELETE {control}/state forgets it, its
// escalateAudioVideo answers ResourceNotFound, 404 NotFound (GenericSynchronousErrors.md,
// ErrorsAndInformationalMessages.md).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class NotFound : public bridge::EscalationTest {};

CONFORMANCE_TEST(NotFound, ForgottenConversation, "GEN-ERR-1") {
  auto reset = bridge::session().control().reset_state();
  if (reset.unavailable) return bridge::give_up(*reset.unavailable);
  EXPECT_TRUE(Satisfies(escalate()));
}

CONFORMANCE_AREA(NotFound);

}  // namespace ucwa::suites
