#include "check/rules/members.hpp"

#include "check/participants.hpp"
#include "check/rules/typed_members.hpp"

namespace ucwa::check::rules {

namespace {

// One described member, in one resource: false when the resource does not have it.
bool check_member(const model::Resource& resource, const contract::DescribedMember& member,
                  const std::string& prefix, Judgement& judgement) {
  switch (member.kind) {
    case contract::MemberKind::property:
      return check_property(resource, *member.property, prefix, judgement);
    case contract::MemberKind::link:
      return check_link(resource, *member.link, prefix, judgement);
    case contract::MemberKind::embedded:
      return check_embedded(resource, *member.embedded, prefix, judgement);
  }
  return false;
}

}  // namespace

bool check_described_member(const model::Resource& invitation,
                            const contract::DescribedMember& member, const std::string& at,
                            Judgement& judgement) {
  if (member.owner == contract::Owner::invitation)
    return check_member(invitation, member, at, judgement);
  bool checked = false;
  for (const auto& [path, participant] : embedded_participants(invitation))
    checked = check_member(*participant, member, at + path + "/", judgement) || checked;
  return checked;
}

}  // namespace ucwa::check::rules
