#pragma once

#include <string_view>
#include <vector>

namespace ucwa::contract {

// A documented enumeration and every value its reference page lists.
struct Enumeration {
  std::string_view name;
  std::string_view source;
  std::vector<std::string_view> values;

  bool contains(std::string_view value) const;
  std::string listed() const;  // "Incoming, Outgoing"
};

const Enumeration& direction();         // Direction_ref.md
const Enumeration& importance();        // Importance_ref.md
const Enumeration& invitation_state();  // InvitationState_ref.md
const Enumeration& role();              // Role_ref.md
const Enumeration& source_network();    // SourceNetwork_ref.md

}  // namespace ucwa::contract
