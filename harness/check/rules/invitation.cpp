#include "check/rules/invitation.hpp"

#include "contract/enumerations.hpp"

namespace ucwa::check::rules {

namespace {

void echoes(const Observed& observed, const std::string& name, const std::string& sent,
            Findings& findings) {
  const model::Resource* invitation = invitation_or_finding(observed, findings);
  if (!invitation) return;
  const model::Value* value = invitation->property(name);
  if (!value) {
    findings.push_back({name, "absent; expected the value sent, \"" + sent + "\""});
    return;
  }
  auto text = value->as_text();
  if (!text) {
    findings.push_back({name, "expected string \"" + sent + "\", got " + value->describe()});
  } else if (*text != sent) {
    findings.push_back({name, "expected \"" + sent + "\" (as sent), got \"" + *text + "\""});
  }
}

// The page documents the property without saying it is always present: absence is only a
// SHOULD-level finding, a value outside the enumeration a MUST-level one.
void is_enumeration_value(const Observed& observed, const std::string& name,
                          const contract::Enumeration& enumeration, Findings& findings) {
  const model::Resource* invitation = invitation_or_finding(observed, findings);
  if (!invitation) return;
  const model::Value* value = invitation->property(name);
  if (!value) {
    findings.push_back({name, "absent, so its " + std::string(enumeration.name) +
                                  " value cannot be checked",
                        contract::Level::should});
    return;
  }
  auto text = value->as_text();
  if (!text) {
    findings.push_back({name, "expected a " + std::string(enumeration.name) +
                                  " name as a string, got " + value->describe()});
  } else if (!enumeration.contains(*text)) {
    findings.push_back({name, "\"" + *text + "\" is not a " + std::string(enumeration.name) +
                                  " value"});
  }
}

}  // namespace

void is_audio_video_invitation(const Observed& observed, Findings& findings) {
  const model::Resource* invitation = invitation_or_finding(observed, findings);
  if (!invitation) return;
  if (!invitation->rel) {
    findings.push_back({"rel", "absent; expected \"audioVideoInvitation\""});
  } else if (*invitation->rel != "audioVideoInvitation") {
    findings.push_back({"rel", "expected \"audioVideoInvitation\", got \"" + *invitation->rel + "\""});
  }
}

void has_self_link(const Observed& observed, Findings& findings) {
  const model::Resource* invitation = invitation_or_finding(observed, findings);
  if (!invitation) return;
  if (!invitation->self) findings.push_back({"self link", "absent"});
  else if (invitation->self->empty()) findings.push_back({"self link", "empty href"});
}

void echoes_operation_id(const Observed& observed, Findings& findings) {
  echoes(observed, "operationId", observed.escalation.operation_id, findings);
}

void echoes_session_context(const Observed& observed, Findings& findings) {
  echoes(observed, "sessionContext", observed.escalation.session_context, findings);
}

void direction_is_documented(const Observed& observed, Findings& findings) {
  is_enumeration_value(observed, "direction", contract::direction(), findings);
}

void importance_is_documented(const Observed& observed, Findings& findings) {
  is_enumeration_value(observed, "importance", contract::importance(), findings);
}

void state_is_documented(const Observed& observed, Findings& findings) {
  is_enumeration_value(observed, "state", contract::invitation_state(), findings);
}

}  // namespace ucwa::check::rules
