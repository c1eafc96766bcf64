#include "contract/described_member.hpp"

#include <vector>

namespace ucwa::contract {

std::string_view DescribedMember::clause_id() const {
  switch (kind) {
    case MemberKind::property:
      return property->clause_id;
    case MemberKind::link:
      return link->clause_id;
    case MemberKind::embedded:
      return embedded->clause_id;
  }
  return {};
}

std::string_view DescribedMember::name() const {
  switch (kind) {
    case MemberKind::property:
      return property->name;
    case MemberKind::link:
      return link->rel;
    case MemberKind::embedded:
      return embedded->rel;
  }
  return {};
}

Cardinality DescribedMember::cardinality() const {
  switch (kind) {
    case MemberKind::link:
      return link->cardinality;
    case MemberKind::embedded:
      return embedded->cardinality;
    case MemberKind::property:
      break;
  }
  return Cardinality::single;
}

namespace {

void add_members_of(Owner owner, const ResourceSpec& spec, std::vector<DescribedMember>& members) {
  for (const PropertySpec& property : spec.properties)
    members.push_back(
        {.owner = owner, .kind = MemberKind::property, .resource = &spec, .property = &property});
  for (const LinkSpec& link : spec.links)
    members.push_back({.owner = owner, .kind = MemberKind::link, .resource = &spec, .link = &link});
  for (const EmbeddedSpec& embedded : spec.embedded)
    members.push_back(
        {.owner = owner, .kind = MemberKind::embedded, .resource = &spec, .embedded = &embedded});
}

}  // namespace

std::span<const DescribedMember> described_members() {
  static const std::vector<DescribedMember> members = [] {
    std::vector<DescribedMember> all;
    add_members_of(Owner::invitation, audio_video_invitation_spec(), all);
    add_members_of(Owner::participant, participant_spec(), all);
    return all;
  }();
  return members;
}

}  // namespace ucwa::contract
