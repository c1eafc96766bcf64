// JSON and XML are two spellings of one resource (PayloadFormat.md); the equivalence rules are
// those of the contract notes, section 5.4. /Json and /Xml name the format escalated in first.
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Parity : public bridge::EscalationTest {};

CONFORMANCE_TEST(Parity, InvitationIsTheSameInBothFormats, "PTY-1") {
  EXPECT_TRUE(Satisfies(bridge::fetch_in_both_formats(escalate())));
}

CONFORMANCE_TEST(Parity, CreatedBodiesHaveTheSameStructure, "PTY-2") {
  check::Escalation first = escalate();
  check::Escalation second = escalate_another_conversation(other_format());
  if (HasFatalFailure() || IsSkipped()) return;
  EXPECT_TRUE(Satisfies(bridge::pair_of(first, second)));
}

CONFORMANCE_AREA(Parity);

}  // namespace ucwa::suites
