#include "contract/enumerations.hpp"

#include <algorithm>

#include "contract/sources.hpp"

namespace ucwa::contract {

bool Enumeration::contains(std::string_view value) const {
  return std::find(values.begin(), values.end(), value) != values.end();
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

}  // namespace ucwa::contract
