#include "check/concurrent.hpp"

#include "http/url.hpp"

namespace ucwa::check {

namespace {

std::optional<std::string> text_property(const model::Resource& resource, const std::string& name) {
  const model::Value* value = resource.property(name);
  return value ? value->as_text() : std::nullopt;
}

const std::string* found_in(const std::unordered_map<std::string, std::string>& map,
                            const std::string& key) {
  const auto found = map.find(key);
  return found == map.end() ? nullptr : &found->second;
}

}  // namespace

Identity identity_of(const model::Resource& invitation, const std::string& url) {
  Identity identity{text_property(invitation, "operationId"),
                    text_property(invitation, "sessionContext"), std::nullopt};
  if (invitation.self)
    identity.self = http::resolve(url, *invitation.self).value_or(*invitation.self);
  return identity;
}

void Neighbours::sent(const std::string& operation_id, const std::string& session_context) {
  if (session_contexts_.count(operation_id)) return;
  order_.push_back(operation_id);
  session_contexts_[operation_id] = session_context;
  by_session_context_.emplace(session_context, operation_id);
  while (order_.size() > remembered_) forget_oldest();
}

void Neighbours::given(const std::string& operation_id, const std::string& invitation) {
  if (!session_contexts_.count(operation_id) || invitations_.count(operation_id)) return;
  invitations_[operation_id] = invitation;
  by_invitation_.emplace(invitation, operation_id);
}

const std::string* Neighbours::sender_of_operation_id(const std::string& operation_id) const {
  const auto found = session_contexts_.find(operation_id);
  return found == session_contexts_.end() ? nullptr : &found->first;
}

const std::string* Neighbours::sender_of_session_context(const std::string& session_context) const {
  return found_in(by_session_context_, session_context);
}

const std::string* Neighbours::holder_of_invitation(const std::string& invitation) const {
  return found_in(by_invitation_, invitation);
}

void Neighbours::forget_oldest() {
  const std::string oldest = std::move(order_.front());
  order_.pop_front();
  // Each reverse entry goes only if it still names the one forgotten.
  const auto drop = [&oldest](std::unordered_map<std::string, std::string>& reverse,
                              const std::string& key) {
    const auto found = reverse.find(key);
    if (found != reverse.end() && found->second == oldest) reverse.erase(found);
  };
  if (const auto sent = session_contexts_.find(oldest); sent != session_contexts_.end()) {
    drop(by_session_context_, sent->second);
    session_contexts_.erase(sent);
  }
  if (const auto given = invitations_.find(oldest); given != invitations_.end()) {
    drop(by_invitation_, given->second);
    invitations_.erase(given);
  }
}

}  // namespace ucwa::check
