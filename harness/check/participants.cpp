#include "check/participants.hpp"

#include "contract/described_member.hpp"

namespace ucwa::check {

std::vector<std::pair<std::string, const model::Resource*>> embedded_participants(
    const model::Resource& invitation) {
  std::vector<std::pair<std::string, const model::Resource*>> participants;
  for (const contract::DescribedMember& member : contract::described_members()) {
    if (member.owner != contract::Owner::invitation ||
        member.kind != contract::MemberKind::embedded ||
        member.embedded->inner_rel != contract::participant_spec().rel)
      continue;
    const contract::EmbeddedSpec& embedded = *member.embedded;
    const model::EmbeddedRelation* relation =
        invitation.embedded_relation(std::string(embedded.rel));
    if (!relation) continue;
    for (std::size_t i = 0; i < relation->resources.size(); ++i) {
      std::string path(embedded.rel);
      if (relation->resources.size() > 1 || relation->multiplicity == model::Multiplicity::list) {
        path += "[" + std::to_string(i) + "]";
      }
      participants.emplace_back(path, &relation->resources[i]);
    }
  }
  return participants;
}

}  // namespace ucwa::check
