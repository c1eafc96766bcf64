#include "contract/enumerations.hpp"

#include <algorithm>
#include <string>

#include "contract/sources.hpp"

namespace ucwa::contract {

bool Enumeration::contains(std::string_view value) const {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string Enumeration::listed() const {
  std::string text;
  for (std::string_view value : values) text += (text.empty() ? "" : ", ") + std::string(value);
  return text;
}

const Enumeration& direction() {
  static const Enumeration e{"Direction", source::direction, {"Incoming", "Outgoing"}};
  return e;
}

const Enumeration& importance() {
  static const Enumeration e{"Importance", source::importance, {"Emergency", "Normal", "Urgent"}};
  return e;
}

const Enumeration& invitation_state() {
  static const Enumeration e{"InvitationState",
                             source::invitation_state,
                             {"Alerting", "Cancelled", "Connected", "Connecting", "Declined",
                              "Failed", "Forwarded", "TeamRing"}};
  return e;
}

const Enumeration& role() {
  static const Enumeration e{"Role", source::role, {"Attendee", "Leader", "Unknown"}};
  return e;
}

const Enumeration& source_network() {
  static const Enumeration e{"SourceNetwork",
                             source::source_network,
                             {"Everyone", "Federated", "PublicCloud", "SameEnterprise", "Unknown"}};
  return e;
}

}  // namespace ucwa::contract
