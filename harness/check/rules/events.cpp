#include "check/rules/events.hpp"

#include <algorithm>
#include <array>

#include "check/rules/members.hpp"
#include "contract/catalogue.hpp"
#include "contract/described_member.hpp"
#include "representation/data_uri.hpp"
#include "sdp/description.hpp"

namespace ucwa::check::rules {

namespace {

std::string waited(const Channel& channel) {
  return std::to_string(channel.wait.count()) + " ms";
}

// The invitation's events, or why there is nothing to check (EVT-1 judges their absence).
bool have_events(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!trail.invitation_events().empty()) return true;
  judgement.nothing_to_check = "no event about the invitation (operationId " +
                               channel.escalation.operation_id + ") came within " +
                               waited(channel) + "; EVT-1 judges that";
  return false;
}

// The invitation's completed event, or why there is nothing to check.
const InvitationEvent* completed_or_nothing(const Channel& channel, const Trail& trail,
                                            Judgement& judgement) {
  if (const InvitationEvent* completed = trail.completed()) return completed;
  judgement.nothing_to_check = "the invitation (operationId " + channel.escalation.operation_id +
                               ") did not complete within " + waited(channel) +
                               ": only what the target delivered is judged";
  return nullptr;
}

std::optional<std::string> text_of(const model::Resource& resource, const std::string& name) {
  const model::Value* value = resource.property(name);
  return value ? value->as_text() : std::nullopt;
}

// Every invitation embedded in the invitation's events, or why there is none.
std::vector<const InvitationEvent*> embedding(const Channel& channel, const Trail& trail,
                                              Judgement& judgement) {
  std::vector<const InvitationEvent*> found;
  if (!have_events(channel, trail, judgement)) return found;
  for (const InvitationEvent& seen : trail.invitation_events()) {
    if (seen.invitation) found.push_back(&seen);
  }
  if (found.empty())
    judgement.nothing_to_check = "no event about the invitation embeds it (link-only events)";
  return found;
}

void echoes(const Channel& channel, const Trail& trail, Judgement& judgement,
            const std::string& name, const std::string& sent) {
  for (const InvitationEvent* seen : embedding(channel, trail, judgement)) {
    const auto echoed = text_of(*seen->invitation, name);
    if (echoed == sent) continue;
    judgement.fail(seen->where + "/_embedded/audioVideoInvitation/" + name,
                   echoed ? "is \"" + *echoed + "\", not the " + name + " sent, \"" + sent + "\""
                          : "is absent; the " + name + " sent was \"" + sent + "\"");
  }
}

std::string describe(const model::Event& event) {
  std::string text = event.type.empty() ? std::string("an event without a type") : event.type;
  if (event.link) text += " (" + event.link->rel + " " + event.link->href + ")";
  return text;
}

// The SDP of a negotiation's mediaAnswer (a property, or a link as mediaOffer is), decoded when it
// is a data URI.
std::optional<std::string> media_answer(const model::Resource& negotiation) {
  std::optional<std::string> written = text_of(negotiation, "mediaAnswer");
  if (!written) {
    const model::LinkRelation* link = negotiation.link("mediaAnswer");
    if (link && !link->links.empty()) written = link->links.front().href;
  }
  if (!written || !written->starts_with("data:")) return written;
  auto decoded = representation::decode_data_uri(*written);
  if (!decoded.value) return std::nullopt;
  return decoded.value->content;
}

}  // namespace

void delivers_invitation_event(const Channel& channel, const Trail& trail, Judgement& judgement) {
  const std::string subject = "the invitation (operationId " + channel.escalation.operation_id +
                              (trail.invitation_href() ? ", " + *trail.invitation_href() : "") +
                              ")";
  for (const InvitationEvent& seen : trail.invitation_events()) {
    if (seen.links_invitation) return;
    // A 201 without a self href (AVI-LINK-1's finding) leaves only the rel to hold it to.
    if (!trail.invitation_href() && seen.event->link &&
        seen.event->link->rel == "audioVideoInvitation")
      return;
  }
  if (!trail.invitation_events().empty()) {
    const InvitationEvent& seen = trail.invitation_events().front();
    judgement.fail(seen.where + "/link",
                   "an event carries the operationId sent but links " +
                       (seen.event->link ? seen.event->link->rel + " " + seen.event->link->href
                                         : std::string("nothing")) +
                       ", not the audioVideoInvitation at the 201's self href" +
                       (trail.invitation_href() ? " (" + *trail.invitation_href() + ")" : ""));
    return;
  }
  std::string read;
  for (const http::Exchange& answer : channel.reads) {
    if (!answer.answered()) continue;
    if (answer.response->status != 200)
      read = "; the channel answered " + std::to_string(answer.response->status) + " to GET " +
             answer.request.url;
  }
  judgement.fail("event channel", "no event about " + subject + " came within " + waited(channel) +
                                      " (" + std::to_string(trail.batches().size()) +
                                      " batches read)" + read);
}

void event_echoes_operation_id(const Channel& channel, const Trail& trail, Judgement& judgement) {
  echoes(channel, trail, judgement, "operationId", channel.escalation.operation_id);
}

void event_echoes_session_context(const Channel& channel, const Trail& trail,
                                  Judgement& judgement) {
  echoes(channel, trail, judgement, "sessionContext", channel.escalation.session_context);
}

void events_from_communication(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!have_events(channel, trail, judgement)) return;
  for (const InvitationEvent& seen : trail.invitation_events()) {
    if (seen.sender->rel != "communication")
      judgement.fail(seen.where, describe(*seen.event) + " came from the sender \"" +
                                     seen.sender->rel + "\", not communication");
  }
}

void operation_event_types(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!have_events(channel, trail, judgement)) return;
  constexpr std::array<std::string_view, 3> types{"started", "updated", "completed"};
  for (const InvitationEvent& seen : trail.invitation_events()) {
    if (std::find(types.begin(), types.end(), seen.event->type) == types.end())
      judgement.fail(seen.where, "the event's type is \"" + seen.event->type +
                                     "\"; an operation's events are started, updated, completed");
  }
}

void completed_once_and_last(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!completed_or_nothing(channel, trail, judgement)) return;
  bool after_completed = false;
  for (const InvitationEvent& seen : trail.invitation_events()) {
    if (after_completed)
      judgement.fail(seen.where, describe(*seen.event) + " came after the invitation completed");
    after_completed = after_completed || seen.event->type == "completed";
  }
}

void embedded_invitation_members(const Channel& channel, const Trail& trail, Judgement& judgement) {
  for (const InvitationEvent* seen : embedding(channel, trail, judgement)) {
    for (const contract::DescribedMember& member : contract::described_members()) {
      Judgement of_member;
      check_described_member(*seen->invitation, member,
                             seen->where + "/_embedded/audioVideoInvitation/", of_member);
      const contract::Clause* clause = contract::find_clause(member.clause_id());
      for (check::Finding& finding : of_member.findings) {
        // Each finding keeps its member clause's level: a SHOULD member never fails a run alone.
        if (clause && clause->level == contract::Level::should)
          finding.level = contract::Level::should;
        finding.message = "(" + std::string(member.clause_id()) + ") " + finding.message;
        judgement.findings.push_back(std::move(finding));
      }
    }
  }
}

void completed_has_status(const Channel& channel, const Trail& trail, Judgement& judgement) {
  const InvitationEvent* completed = completed_or_nothing(channel, trail, judgement);
  if (completed && !completed->event->status)
    judgement.fail(completed->where, "the completed event carries no status");
}

void failure_has_reason(const Channel& channel, const Trail& trail, Judgement& judgement) {
  const InvitationEvent* completed = completed_or_nothing(channel, trail, judgement);
  if (!completed) return;
  if (!completed->event->reason) {
    judgement.fail(completed->where, "the failed escalation's completed event carries no reason");
  } else if (!completed->event->reason->code || completed->event->reason->code->empty()) {
    judgement.fail(completed->where + "/reason", "the reason has no code");
  }
}

void failure_is_escalation_failed(const Channel& channel, const Trail& trail,
                                  Judgement& judgement) {
  const InvitationEvent* completed = completed_or_nothing(channel, trail, judgement);
  if (!completed) return;
  const model::Event& event = *completed->event;
  if (event.status != "Failure")
    judgement.fail(completed->where + "/status",
                   "is " + (event.status ? "\"" + *event.status + "\"" : std::string("absent")) +
                       ", not Failure, for an escalation that failed");
  const std::optional<std::string> subcode =
      event.reason ? event.reason->subcode : std::optional<std::string>();
  if (subcode != "EscalationFailed")
    judgement.fail(completed->where + "/reason/subcode",
                   "is " + (subcode ? "\"" + *subcode + "\"" : std::string("absent")) +
                       ", not EscalationFailed");
}

void negotiation_answers_both(const Channel&, const Trail& trail, Judgement& judgement) {
  bool checked = false;
  for (const NegotiationEvent& seen : trail.negotiation_events()) {
    if (!seen.negotiation) continue;
    checked = true;
    const std::string at = seen.where + "/_embedded/audioVideoNegotiation/mediaAnswer";
    const std::optional<std::string> answer = media_answer(*seen.negotiation);
    if (!answer) {
      judgement.fail(at, "the negotiation carries no mediaAnswer that reads as text");
      continue;
    }
    const auto parsed = sdp::parse(*answer);
    if (!parsed.description) {
      judgement.fail(at, "the SDP does not parse: " + parsed.error);
      continue;
    }
    for (const char* kind : {"audio", "video"}) {
      if (!parsed.description->has_media(kind))
        judgement.fail(at, std::string("the SDP answer has no m=") + kind + " section");
    }
  }
  if (!checked)
    judgement.nothing_to_check =
        "no audioVideoNegotiation event about the invitation embeds its negotiation";
}

void refusal_creates_nothing(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!channel.refused || !channel.refused->exchange.answered()) {
    judgement.nothing_to_check = "no escalation was refused";
    return;
  }
  const int status = channel.refused->exchange.response->status;
  if (status == 201) {
    judgement.nothing_to_check =
        "the escalation sent without sessionContext was answered 201, not refused";
    return;
  }
  for (const InvitationEvent& seen : trail.claiming(channel.refused->operation_id)) {
    judgement.fail(seen.where, describe(*seen.event) + " claims an invitation for operationId " +
                                   channel.refused->operation_id + ", whose escalation was " +
                                   "refused with " + std::to_string(status));
  }
}

}  // namespace ucwa::check::rules
