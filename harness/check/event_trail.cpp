#include "check/event_trail.hpp"

#include "http/url.hpp"
#include "representation/read.hpp"

namespace ucwa::check {

namespace {

constexpr const char* kInvitation = "audioVideoInvitation";
constexpr const char* kNegotiation = "audioVideoNegotiation";

const model::Resource* embedded_of(const model::Event& event, std::string_view rel) {
  for (const model::Resource& resource : event.embedded) {
    if (resource.rel == rel) return &resource;
  }
  return nullptr;
}

std::optional<std::string> text_of(const model::Resource& resource, const std::string& name) {
  const model::Value* value = resource.property(name);
  return value ? value->as_text() : std::nullopt;
}

std::optional<std::string> self_href_of(const Escalation& escalation) {
  if (!escalation.exchange.answered()) return std::nullopt;
  const http::Response& response = *escalation.exchange.response;
  const auto format = representation::format_to_read(
      http::find_header(response.headers, "Content-Type"), escalation.requested);
  const model::Read<model::Resource> body = representation::read_resource(format, response.body);
  if (!body.value || !body.value->self) return std::nullopt;
  return resolved(escalation.exchange, *body.value->self);
}

std::string where_of(std::size_t read, const model::Event& event) {
  return "answer " + std::to_string(read + 1) + ", " + event.location;
}

}  // namespace

std::string resolved(const http::Exchange& answer, const std::string& href) {
  return http::resolve(answer.request.url, href).value_or(href);
}

Trail::Trail(const std::vector<http::Exchange>& reads, model::Format requested,
             const Escalation& escalation)
    : invitation_href_(self_href_of(escalation)), operation_id_(escalation.operation_id) {
  batches_.reserve(reads.size());
  for (std::size_t i = 0; i < reads.size(); ++i) {
    const http::Exchange& exchange = reads[i];
    if (!exchange.answered() || exchange.response->status != 200) continue;
    const auto format = representation::format_to_read(
        http::find_header(exchange.response->headers, "Content-Type"), requested);
    batches_.push_back(
        {i, &exchange, format, representation::read_events(format, exchange.response->body)});
  }
  for (const ReadBatch& read : batches_) {
    if (!read.batch.value) continue;
    for (const model::Sender& sender : read.batch.value->senders) {
      for (const model::Event& event : sender.events) {
        const model::Resource* invitation = embedded_of(event, kInvitation);
        const bool links_it = event.link && event.link->rel == kInvitation && invitation_href_ &&
                              resolved(*read.exchange, event.link->href) == *invitation_href_;
        const bool carries_it =
            invitation && text_of(*invitation, "operationId") == escalation.operation_id;
        if (links_it || carries_it) {
          invitation_events_.push_back(
              {read.read, &sender, &event, invitation, where_of(read.read, event), links_it});
          continue;
        }
        if (!event.link || event.link->rel != kNegotiation || !invitation_href_) continue;
        const model::Resource* negotiation = embedded_of(event, kNegotiation);
        const model::LinkRelation* back = negotiation ? negotiation->link(kInvitation) : nullptr;
        const bool from_it = resolved(*read.exchange, sender.href) == *invitation_href_;
        const bool names_it =
            back && !back->links.empty() &&
            resolved(*read.exchange, back->links.front().href) == *invitation_href_;
        if (from_it || names_it)
          negotiation_events_.push_back(
              {read.read, &event, negotiation, where_of(read.read, event)});
      }
    }
  }
}

const InvitationEvent* Trail::completed() const {
  for (const InvitationEvent& seen : invitation_events_) {
    if (seen.event->type == "completed") return &seen;
  }
  return nullptr;
}

std::vector<InvitationEvent> Trail::claiming(const std::string& operation_id) const {
  std::vector<InvitationEvent> found;
  for (const ReadBatch& read : batches_) {
    if (!read.batch.value) continue;
    for (const model::Sender& sender : read.batch.value->senders) {
      for (const model::Event& event : sender.events) {
        const model::Resource* invitation = embedded_of(event, kInvitation);
        if (invitation && text_of(*invitation, "operationId") == operation_id)
          found.push_back({read.read, &sender, &event, invitation, where_of(read.read, event)});
      }
    }
  }
  return found;
}

bool invitation_completed(const std::vector<http::Exchange>& reads, model::Format requested,
                          const Escalation& escalation) {
  return Trail(reads, requested, escalation).completed() != nullptr;
}

}  // namespace ucwa::check
