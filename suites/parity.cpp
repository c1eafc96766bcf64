// JSON and XML are two spellings of one resource (PayloadFormat.md); the equivalence rules are
// written out in docs/architecture.md. /Json and /Xml name the format escalated in first.
#include "bridge/conformance_test.hpp"
#include "bridge/follow.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Parity : public bridge::EscalationTest {};

// The invitation fetched as JSON and as XML is the same resource: properties and values, links as a
// multiset, embedded resources matched by rel and self href.
CONFORMANCE_TEST(Parity, InvitationIsTheSameInBothFormats, PTY_1) {
  EXPECT_TRUE(Satisfies(bridge::fetch_in_both_formats(escalate())));
}

// The JSON and the XML 201 bodies of two escalations have the same property names, link relations
// and embedded relations.
CONFORMANCE_TEST(Parity, CreatedBodiesHaveTheSameStructure, PTY_2) {
  check::Escalation first = escalate();
  check::Escalation second = escalate_another_conversation(other_format());
  if (HasFatalFailure() || IsSkipped()) return;
  EXPECT_TRUE(Satisfies(bridge::pair_of(first, second)));
}

}  // namespace ucwa::suites
