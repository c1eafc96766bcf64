#include "check/rules/invitation.hpp"

#include "check/rules/participants.hpp"

namespace ucwa::check::rules {

namespace {

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
  if (!invitation) return;
  if (!invitation->self)
    judgement.fail("self link", "absent");
  else if (invitation->self->empty())
    judgement.fail("self link", "empty href");
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
    if (!participant->self || participant->self->empty())
      judgement.fail(path + "/self link", "absent");
  }
}

}  // namespace ucwa::check::rules
