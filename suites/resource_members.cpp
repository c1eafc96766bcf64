// One test per documented property, link and embedded relation of the audioVideoInvitation and
// of its embedded participants, registered from the one walk over their descriptions
// (audioVideoInvitation_ref.md, participant_ref.md): Properties.SubjectIsStringOfAtMost250/Json,
// Links.FromIsSingleLink/Xml, Embedded.AcceptedByParticipantIsListOfParticipants/Json,
// Participants.RoleIsRoleValue/Xml, ...
#include "bridge/conformance_test.hpp"
#include "contract/described_member.hpp"
#include "text/ascii.hpp"

namespace ucwa::suites {

namespace {

using bridge::Satisfies;
using contract::DescribedMember;
using contract::MemberKind;

// Every test of one GoogleTest suite shares its fixture class; these areas share this one.
class DescribedMemberTest : public bridge::EscalationTest {
 public:
  void TestBody() override { EXPECT_TRUE(Satisfies(escalate())); }
};

std::string property_promise(const contract::PropertySpec& spec) {
  switch (spec.type) {
    case contract::ValueType::string:
      return text::upper_first(spec.name) + "IsString" +
             (spec.max_length ? "OfAtMost" + std::to_string(spec.max_length) : "");
    case contract::ValueType::boolean:
      return text::upper_first(spec.name) + "IsBoolean";
    case contract::ValueType::enumeration:
      return text::upper_first(spec.name) + "Is" + std::string(spec.enumeration->name) + "Value";
    case contract::ValueType::external_resource:
      return text::upper_first(spec.name) + "IsDataUri";
  }
  return text::upper_first(spec.name);
}

// The test's promise says the documented cardinality, as the clause does.
std::string promise_of(const DescribedMember& member) {
  const bool single = member.cardinality() == contract::Cardinality::single;
  switch (member.kind) {
    case MemberKind::property:
      return property_promise(*member.property);
    case MemberKind::link:
      return text::upper_first(member.name()) + (single ? "IsSingleLink" : "IsLinkList");
    case MemberKind::embedded:
      return text::upper_first(member.name()) + (single ? "IsSingle" : "IsListOf") +
             text::upper_first(member.embedded->inner_rel) + (single ? "" : "s");
  }
  return text::upper_first(member.name());
}

const char* area_of(const DescribedMember& member) {
  if (member.owner == contract::Owner::participant) return "Participants";
  switch (member.kind) {
    case MemberKind::property:
      return "Properties";
    case MemberKind::link:
      return "Links";
    case MemberKind::embedded:
      return "Embedded";
  }
  return "Properties";
}

[[maybe_unused]] const bool registered = [] {
  for (const DescribedMember& member : contract::described_members()) {
    bridge::register_conformance_tests<DescribedMemberTest>(area_of(member), promise_of(member),
                                                            member.clause_id(),
                                                            [] { return new DescribedMemberTest; });
  }
  return true;
}();

}  // namespace

}  // namespace ucwa::suites
