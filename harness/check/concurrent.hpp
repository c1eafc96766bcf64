#pragma once

// What a load run judges beyond one escalation: whether an answer belongs to the escalation it
// answers or to another one sent beside it (cross-talk).

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/exchange.hpp"
#include "model/resource.hpp"

namespace ucwa::check {

// What an answer says about whose it is.
struct Identity {
  std::optional<std::string> operation_id;
  std::optional<std::string> session_context;
  std::optional<std::string> self;  // resolved against the URL it was fetched from
};

// The identity an invitation read from the answer to `url` claims.
Identity identity_of(const model::Resource& invitation, const std::string& url);

// The escalations of a run an answer could belong to: those in flight and the most recent
// answered ones, `remembered` at most (the oldest forgotten first), so memory stays bounded
// however long the run.
class Neighbours {
 public:
  explicit Neighbours(std::size_t remembered = 4096) : remembered_(remembered) {}

  // An escalation sent with these parameters.
  void sent(const std::string& operation_id, const std::string& session_context);
  // The invitation (self href, resolved) a 201 gave that escalation; the first one given an
  // href keeps it.
  void given(const std::string& operation_id, const std::string& invitation);

  // The operationId of the escalation sent with `operation_id`, `session_context`, or given
  // `invitation`; nullptr when none is remembered.
  const std::string* sender_of_operation_id(const std::string& operation_id) const;
  const std::string* sender_of_session_context(const std::string& session_context) const;
  const std::string* holder_of_invitation(const std::string& invitation) const;

 private:
  void forget_oldest();

  std::size_t remembered_;
  std::deque<std::string> order_;                                  // operationIds, oldest first
  std::unordered_map<std::string, std::string> session_contexts_;  // operationId -> sent
  std::unordered_map<std::string, std::string> by_session_context_;
  std::unordered_map<std::string, std::string> invitations_;  // operationId -> given
  std::unordered_map<std::string, std::string> by_invitation_;
};

// One escalation of a load run, seen beside the others.
struct Concurrent {
  std::string operation_id;     // as sent
  std::string session_context;  // as sent
  Identity created;             // what its 201 says
  // What the GET of the 201's self href answered, when it answered 200 with a readable
  // invitation; otherwise `not_fetched` says why there is none.
  std::optional<Identity> fetched;
  std::string not_fetched;
  const Neighbours& neighbours;  // every other escalation it could be confused with
};

}  // namespace ucwa::check
