#include "contract/event_clauses.hpp"

#include <vector>

#include "contract/clause_ids.hpp"
#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;

// "The invitation's events": events whose link has rel audioVideoInvitation and the 201's self
// href, or that embed an audioVideoInvitation carrying the operationId sent (OperationResource.md).
const std::vector<Clause>& clauses() {
  static const std::vector<Clause> list{
      {.id = id::EVT_1,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "After a 201, the event channel delivers an event whose link has rel "
                  "audioVideoInvitation and href the invitation's self href, within the wait.",
       .basis = "escalateAudioVideo_ref.md: \"Creates audioVideoInvitation in event channel.\"; "
                "OperationResource.md: \"A \\\"started\\\", \\\"updated\\\", or \\\"completed\\\" "
                "event includes both the embedded operation resource and a link to the same "
                "resource.\"",
       .rule = Rule::delivers_invitation_event},
      {.id = id::EVT_2,
       .level = MUST,
       .source = source::operation_resource,
       .promise = "An invitation embedded in the invitation's events carries the operationId sent.",
       .basis = "OperationResource.md: the operationId \"is also be included in every event about "
                "the operation, which makes it possible to match the event to the operation at "
                "all times.\"",
       .rule = Rule::event_echoes_operation_id},
      {.id = id::EVT_3,
       .level = SHOULD,
       .source = source::audio_video_invitation,
       .promise =
           "An invitation embedded in the invitation's events carries the sessionContext sent.",
       .basis = "Inferred as AVI-ECHO-2 is: audioVideoInvitation_ref.md says \"as supplied by the "
                "client\" of operationId only; of sessionContext it says \"The session context.\"",
       .rule = Rule::event_echoes_session_context},
      {.id = id::EVT_4,
       .level = MUST,
       .source = source::audio_video_invitation,
       .promise = "The invitation's events come from the sender communication.",
       .basis = "audioVideoInvitation_ref.md, Events: started and updated, each with \"Sender: "
                "communication\".",
       .rule = Rule::events_from_communication},
      {.id = id::EVT_5,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "The invitation's events are operation events: started, updated or completed.",
       .basis = "EventChannelDetails.md: \"Event type: added, updated, deleted (for resources) or "
                "started, updated, completed (for operations).\"",
       .rule = Rule::operation_event_types},
      {.id = id::EVT_6,
       .level = MUST,
       .source = source::operation_resource,
       .promise = "The invitation's completed event comes once, and last.",
       .basis = "OperationResource.md: \"All subsequent updates to the operation status will "
                "arrive in the event channel, until the final \\\"completed\\\" event.\"",
       .rule = Rule::completed_once_and_last},
      {.id = id::EVT_7,
       .level = MUST,
       .source = source::operation_resource,
       .promise = "An invitation embedded in its event satisfies every member clause of the "
                  "audioVideoInvitation (AVI-PROP, AVI-LINK, AVI-EMB, PTY).",
       .basis = "OperationResource.md: the event \"includes ... the embedded operation resource\": "
                "the same audioVideoInvitation whose members audioVideoInvitation_ref.md "
                "describes; each finding keeps its member clause's level.",
       .rule = Rule::embedded_invitation_members},
      {.id = id::EVT_8,
       .level = SHOULD,
       .source = source::receive_an_im,
       .promise = "The invitation's completed event carries a status.",
       .basis = "Inferred from ReceiveAnIM.md, whose completed messagingInvitation event carries "
                "\"status\": \"Success\"; no page states it for every operation.",
       .rule = Rule::completed_has_status},
      {.id = id::EVT_9,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "When the escalation fails, its completed event carries a reason with a code.",
       .basis = "EventChannelDetails.md: \"For failed operations or server-initiated changes, a "
                "\\\"reason\\\" block that describes the details of the change. The block follows "
                "the common UCWA error response structure.\" (whose code is required).",
       .rule = Rule::failure_has_reason},
      {.id = id::EVT_10,
       .level = SHOULD,
       .source = source::event_channel_details,
       .promise = "When the escalation fails, its completed event's status is Failure and its "
                  "reason's subcode EscalationFailed.",
       .basis = "Inferred: no page shows a failed status (only \"Success\", ReceiveAnIM.md); "
                "EscalationFailed is the subcode ErrorsAndInformationalMessages.md lists for a "
                "failed conference escalation.",
       .rule = Rule::failure_is_escalation_failed},
      {.id = id::EVT_11,
       .level = SHOULD,
       .source = source::audio_video_negotiation,
       .promise = "An audioVideoNegotiation event about the invitation carries a mediaAnswer: SDP "
                  "with audio and video.",
       .basis = "Inferred: audioVideoNegotiation_ref.md lists mediaAnswer among the negotiation's "
                "properties; an answer to an offer of audio and video answers both.",
       .rule = Rule::negotiation_answers_both},
      {.id = id::EVT_12,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "Every answer of the event channel has the documented shape (JSON: _links.self, "
                  "next, resume or resync, sender[] of rel, href and events[]; XML: <events "
                  "href> in the UCWA namespace, <link rel=\"next\">, <sender>, event elements "
                  "named after their type).",
       .basis = "EventChannelDetails.md: \"A P-GET response consists of ... The self and next "
                "links ... The \\\"senders\\\" section\"; its JSON and XML samples are the only "
                "definition of the shape.",
       .rule = Rule::batch_shape},
      {.id = id::EVT_13,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "Following next never brings an acknowledged event back.",
       .basis = "EventChannelDetails.md: \"by following this link, the client acknowledges that "
                "it has received the event ..., so the response to the pending GET (P-GET) will "
                "include events starting from the correct point.\"",
       .rule = Rule::next_acknowledges},
      {.id = id::EVT_14,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "Asking again with the same ack brings the same events.",
       .basis = "EventChannelDetails.md: the \"ack=N\" parameter acknowledges event N, \"so the "
                "response to the pending GET (P-GET) will include events starting from the "
                "correct point\": the same ack, the same point.",
       .rule = Rule::same_ack_same_events},
      {.id = id::EVT_15,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "An ack out of range is answered with a resync link alone.",
       .basis =
           "EventChannelDetails.md: \"if the client sends an \\\"ack\\\" value that is out "
           "of order (lower than the earliest one that the server has, or higher than the "
           "latest one), the response will consist of a single link with rel=\\\"resync\\\".\"",
       .rule = Rule::out_of_range_resyncs},
      {.id = id::EVT_16,
       .level = MUST,
       .source = source::event_channel_details,
       .promise = "A second pending GET with the same ack releases the first with 409 Conflict, "
                  "subcode PGetReplaced.",
       .basis = "EventChannelDetails.md: \"If the client sends another P-GET with the same ack ID, "
                "the previous P-GET will be released with a failure response (409 / Conflict) "
                "with UCWA error subcode PGetReplaced.\"",
       .rule = Rule::pget_replaced},
      {.id = id::EVT_17,
       .level = SHOULD,
       .source = source::escalate_audio_video,
       .promise = "No event claims an invitation for an escalation that was refused.",
       .basis = "Inferred: escalateAudioVideo_ref.md says the operation \"Creates "
                "audioVideoInvitation in event channel\"; a refused one created nothing.",
       .rule = Rule::refusal_creates_nothing},
  };
  return list;
}

}  // namespace

std::span<const Clause> event_clauses() {
  return clauses();
}

}  // namespace ucwa::contract
