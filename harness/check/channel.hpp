#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "check/escalation.hpp"
#include "http/exchange.hpp"
#include "model/format.hpp"

namespace ucwa::check {

// What the event channel said about an escalation, and the answers of the probes a channel
// clause asks for. Every exchange is kept whole, for findings and evidence.
struct Channel {
  model::Format requested = model::Format::json;
  // Set when there is no channel to read: the target's conversation came without `events`.
  std::optional<std::string> no_channel;
  Escalation escalation;              // the 201 whose invitation the events are about
  std::optional<Escalation> refused;  // an escalation refused just before it (EVT-17)
  std::vector<http::Exchange> reads;  // the channel's answers, in order
  // How long the reader waited for the invitation to complete (--event-wait-ms when it never did).
  std::chrono::milliseconds wait{0};

  // EVT-13: after the batch holding `completed`, its `next` and a second GET of the same href
  // (one of the two is released at once, so nothing has to be waited for).
  std::vector<http::Exchange> after_completed;
  // EVT-14: the batch that first held the invitation's events, asked for again with its ack.
  std::optional<http::Exchange> same_ack_again;
  std::optional<std::size_t> same_ack_of;  // the index in `reads` of the batch asked again
  // EVT-15: the channel's href with its ack far past the latest.
  std::optional<http::Exchange> out_of_range;
  // EVT-16: a pending GET, and a second one with the same ack sent while the first was held.
  std::optional<http::Exchange> first_pending;
  std::optional<http::Exchange> second_pending;
};

}  // namespace ucwa::check
