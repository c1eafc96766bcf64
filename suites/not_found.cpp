// A conversation the server no longer has: once the control API's conversationGone condition
// has made it forget that one conversation, its escalateAudioVideo answers ResourceNotFound,
// 404 NotFound (GenericSynchronousErrors.md, ErrorsAndInformationalMessages.md). The harness
// never forgets the whole server's state during a run: another run may be using it.
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class NotFound : public bridge::EscalationTest {};

// When the conversation no longer exists (ResourceNotFound), escalateAudioVideo answers (404,
// NotFound, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that carries
// code, in the format asked for.
CONFORMANCE_TEST(NotFound, ForgottenConversation, GEN_ERR_1) {
  auto gone =
      bridge::session().control().set_condition(conversation.conversation, "conversationGone");
  if (gone.unavailable) return bridge::give_up(*gone.unavailable);
  EXPECT_TRUE(Satisfies(escalate()));
}

}  // namespace ucwa::suites
