#pragma once

#include "check/channel.hpp"
#include "check/event_trail.hpp"
#include "check/rules/rule.hpp"

// The rules of the event channel itself (EventChannelDetails.md): its shape, and ack, next,
// resync and PGetReplaced (EVT-12..16).
namespace ucwa::check::rules {

void batch_shape(const Channel& channel, const Trail& trail, Judgement& judgement);
void next_acknowledges(const Channel& channel, const Trail& trail, Judgement& judgement);
void same_ack_same_events(const Channel& channel, const Trail& trail, Judgement& judgement);
void out_of_range_resyncs(const Channel& channel, const Trail& trail, Judgement& judgement);
void pget_replaced(const Channel& channel, const Trail& trail, Judgement& judgement);

}  // namespace ucwa::check::rules
