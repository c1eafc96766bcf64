#pragma once

#include "check/channel.hpp"
#include "check/event_trail.hpp"
#include "check/rules/rule.hpp"

// The rules of what the event channel says about an escalation (EVT-1..11, EVT-17).
namespace ucwa::check::rules {

void delivers_invitation_event(const Channel& channel, const Trail& trail, Judgement& judgement);
void event_echoes_operation_id(const Channel& channel, const Trail& trail, Judgement& judgement);
void event_echoes_session_context(const Channel& channel, const Trail& trail, Judgement& judgement);
void events_from_communication(const Channel& channel, const Trail& trail, Judgement& judgement);
void operation_event_types(const Channel& channel, const Trail& trail, Judgement& judgement);
void completed_once_and_last(const Channel& channel, const Trail& trail, Judgement& judgement);
void embedded_invitation_members(const Channel& channel, const Trail& trail, Judgement& judgement);
void completed_has_status(const Channel& channel, const Trail& trail, Judgement& judgement);
void failure_has_reason(const Channel& channel, const Trail& trail, Judgement& judgement);
void failure_is_escalation_failed(const Channel& channel, const Trail& trail, Judgement& judgement);
void negotiation_answers_both(const Channel& channel, const Trail& trail, Judgement& judgement);
void refusal_creates_nothing(const Channel& channel, const Trail& trail, Judgement& judgement);

}  // namespace ucwa::check::rules
