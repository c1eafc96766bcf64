#pragma once

#include <span>
#include <string_view>

#include "contract/resource_spec.hpp"

namespace ucwa::contract {

// Whose member it is: the invitation's own, or every participant the invitation embeds.
enum class Owner { invitation, participant };
enum class MemberKind { property, link, embedded };

// One property, link relation or embedded relation the documentation describes, with the clause
// it implies. Exactly one of the spec pointers is set, the one `kind` names.
struct DescribedMember {
  Owner owner;
  MemberKind kind;
  const ResourceSpec* resource;  // the owner's description
  const PropertySpec* property = nullptr;
  const LinkSpec* link = nullptr;
  const EmbeddedSpec* embedded = nullptr;

  std::string_view clause_id() const;
  std::string_view name() const;  // the property's name or the relation
  // The documented cardinality of a link or embedded relation (single for a property).
  Cardinality cardinality() const;
};

// Every described member, the invitation's (properties, links, embedded) then the
// participants'. The one walk over audioVideoInvitation_ref.md and participant_ref.md: the
// catalogue, the evaluator, the suites and the tests all loop over this.
std::span<const DescribedMember> described_members();

}  // namespace ucwa::contract
