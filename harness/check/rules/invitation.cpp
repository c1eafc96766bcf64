#include "check/rules/invitation.hpp"

#include "check/participants.hpp"
#include "http/url.hpp"

namespace ucwa::check::rules {

void echoes(const Observed& observed, const std::string& name, const std::string& sent,
            Judgement& judgement) {
  const model::Resource* invitation = invitation_or_finding(observed, judgement);
  if (!invitation) return;
  const model::Value* value = invitation->property(name);
  if (!value) {
    judgement.fail(name, "absent; expected the value sent, \"" + sent + "\"");
    return;
  }
  auto text = value->as_text();
  if (!text)
    judgement.fail(name, "expected string \"" + sent + "\", got " + value->describe());
  else if (*text != sent)
    judgement.fail(name, "expected \"" + sent + "\" (as sent), got \"" + *text + "\"");
}

namespace {

// Every resource has a self link (PayloadFormat.md) whose href is a URI reference.
void check_self_link(const std::optional<std::string>& self, const std::string& path,
                     Judgement& judgement) {
  if (!self) {
    judgement.fail(path, "absent");
  } else if (self->empty()) {
    judgement.fail(path, "empty href");
  } else if (!http::is_uri_reference(*self)) {
    judgement.fail(path, "href \"" + *self + "\" is not a URI reference");
  }
}

}  // namespace

void is_audio_video_invitation(const Observed& observed, Judgement& judgement) {
  const model::Resource* invitation = invitation_or_finding(observed, judgement);
  if (!invitation) return;
  if (!invitation->rel)
    judgement.fail("rel", "absent; expected \"audioVideoInvitation\"");
  else if (*invitation->rel != "audioVideoInvitation") {
    judgement.fail("rel", "expected \"audioVideoInvitation\", got \"" + *invitation->rel + "\"");
  }
}

void has_self_link(const Observed& observed, Judgement& judgement) {
  const model::Resource* invitation = invitation_or_finding(observed, judgement);
  if (invitation) check_self_link(invitation->self, "self link", judgement);
}

void echoes_operation_id(const Observed& observed, Judgement& judgement) {
  echoes(observed, "operationId", observed.escalation.operation_id, judgement);
}

void echoes_session_context(const Observed& observed, Judgement& judgement) {
  echoes(observed, "sessionContext", observed.escalation.session_context, judgement);
}

void participants_have_self_links(const Observed& observed, Judgement& judgement) {
  const model::Resource* invitation = invitation_or_finding(observed, judgement);
  if (!invitation) return;
  auto participants = embedded_participants(*invitation);
  if (participants.empty()) {
    judgement.nothing_to_check = "the invitation embeds no participant";
    return;
  }
  for (const auto& [path, participant] : participants) {
    check_self_link(participant->self, path + "/self link", judgement);
  }
}

}  // namespace ucwa::check::rules
