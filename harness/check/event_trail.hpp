#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/escalation.hpp"
#include "http/exchange.hpp"
#include "model/events.hpp"
#include "model/format.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"

namespace ucwa::check {

// One answer of the channel, read in the format its Content-Type names (else the one asked for).
struct ReadBatch {
  std::size_t read = 0;  // its index among the channel's answers
  const http::Exchange* exchange = nullptr;
  model::Format format = model::Format::json;
  model::Read<model::EventsBatch> batch;
};

// An event about the escalation's invitation, where it came.
struct InvitationEvent {
  std::size_t read = 0;
  const model::Sender* sender = nullptr;
  const model::Event* event = nullptr;
  const model::Resource* invitation = nullptr;  // the embedded audioVideoInvitation, if any
  std::string where;                            // "answer 2, /sender/0/events/1"
  // Its link is rel audioVideoInvitation with the 201's self href (else only its embedded
  // invitation's operationId tied it to the escalation).
  bool links_invitation = false;
};

// An audioVideoNegotiation event about the invitation (audioVideoNegotiation_ref.md).
struct NegotiationEvent {
  std::size_t read = 0;
  const model::Event* event = nullptr;
  const model::Resource* negotiation = nullptr;  // the embedded resource, if any
  std::string where;
};

// The channel's answers read once, and the escalation's events picked out of them; it points
// into `reads`, which must outlive it. Events about
// anything else (other escalations, presence, the conversation) are read past.
class Trail {
 public:
  Trail(const std::vector<http::Exchange>& reads, model::Format requested,
        const Escalation& escalation);
  Trail(const Trail&) = delete;
  Trail& operator=(const Trail&) = delete;

  const std::vector<ReadBatch>& batches() const { return batches_; }
  // The 201's self href, resolved against the escalation's URL; empty when the 201 has none.
  const std::optional<std::string>& invitation_href() const { return invitation_href_; }
  const std::vector<InvitationEvent>& invitation_events() const { return invitation_events_; }
  const std::vector<NegotiationEvent>& negotiation_events() const { return negotiation_events_; }
  // The first completed event about the invitation, if one came.
  const InvitationEvent* completed() const;
  // Events of any escalation that embed an invitation carrying `operation_id`.
  std::vector<InvitationEvent> claiming(const std::string& operation_id) const;

 private:
  std::vector<ReadBatch> batches_;
  std::optional<std::string> invitation_href_;
  std::string operation_id_;
  std::vector<InvitationEvent> invitation_events_;
  std::vector<NegotiationEvent> negotiation_events_;
};

// An href of an event, resolved against the URL of the answer that carried it.
std::string resolved(const http::Exchange& answer, const std::string& href);

// Whether the invitation's completed event is among the answers: the channel reader's stop.
bool invitation_completed(const std::vector<http::Exchange>& reads, model::Format requested,
                          const Escalation& escalation);

}  // namespace ucwa::check
