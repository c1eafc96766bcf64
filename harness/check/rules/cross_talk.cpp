#include "check/rules/cross_talk.hpp"

namespace ucwa::check::rules {

namespace {

// A finding that names the escalation the answer belongs to instead.
void belongs_to(Judgement& judgement, std::string path, std::string message,
                const std::string& other, contract::Level level = contract::Level::must) {
  judgement.findings.push_back({std::move(path), std::move(message), level, other});
}

// The other escalation that sent `value` as its operationId, or nullptr.
const std::string* other_sender(const Concurrent& concurrent, const std::string& value) {
  const std::string* sender = concurrent.neighbours.sender_of_operation_id(value);
  return sender && *sender != concurrent.operation_id ? sender : nullptr;
}

}  // namespace

void echoes_own_escalation(const Concurrent& concurrent, Judgement& judgement) {
  const Identity& created = concurrent.created;
  if (!created.operation_id && !created.session_context) {
    judgement.nothing_to_check = "the 201 echoes neither operationId nor sessionContext";
    return;
  }
  if (created.operation_id && *created.operation_id != concurrent.operation_id) {
    if (const std::string* other = other_sender(concurrent, *created.operation_id)) {
      belongs_to(judgement, "operationId",
                 "echoes escalation " + *other + "'s, not \"" + concurrent.operation_id +
                     "\" sent with this one",
                 *other);
    }
  }
  if (created.session_context && *created.session_context != concurrent.session_context) {
    const std::string* other =
        concurrent.neighbours.sender_of_session_context(*created.session_context);
    // sessionContext's echo is inferred (AVI-ECHO-2): another's is a SHOULD finding.
    if (other && *other != concurrent.operation_id) {
      belongs_to(judgement, "sessionContext",
                 "echoes \"" + *created.session_context + "\", sent with escalation " + *other +
                     ", not \"" + concurrent.session_context + "\" sent with this one",
                 *other, contract::Level::should);
    }
  }
}

void own_invitation(const Concurrent& concurrent, Judgement& judgement) {
  if (!concurrent.created.self) {
    judgement.nothing_to_check = "the 201 names no invitation (no self link)";
    return;
  }
  const std::string& invitation = *concurrent.created.self;
  const std::string* holder = concurrent.neighbours.holder_of_invitation(invitation);
  if (holder && *holder != concurrent.operation_id) {
    belongs_to(judgement, "self link",
               "names invitation " + invitation + ", already given to escalation " + *holder,
               *holder);
  }
}

void fetches_own_invitation(const Concurrent& concurrent, Judgement& judgement) {
  if (!concurrent.fetched) {
    judgement.nothing_to_check = concurrent.not_fetched;
    return;
  }
  const Identity& fetched = *concurrent.fetched;
  const std::optional<std::string>& asked = concurrent.created.self;
  if (fetched.self != asked) {
    const std::string* holder =
        fetched.self ? concurrent.neighbours.holder_of_invitation(*fetched.self) : nullptr;
    const std::string got = fetched.self ? *fetched.self : std::string("no self link");
    if (holder && *holder != concurrent.operation_id) {
      belongs_to(judgement, "GET self link",
                 "answered invitation " + got + " of escalation " + *holder + ", not " +
                     asked.value_or(""),
                 *holder);
    } else {
      judgement.fail("GET self link", "answered " + got + ", not " + asked.value_or(""));
    }
  }
  if (fetched.operation_id != concurrent.operation_id) {
    const std::string* other =
        fetched.operation_id ? other_sender(concurrent, *fetched.operation_id) : nullptr;
    const std::string got =
        fetched.operation_id ? "\"" + *fetched.operation_id + "\"" : std::string("none");
    if (other) {
      belongs_to(judgement, "GET operationId",
                 "answered the invitation of escalation " + *other + " (operationId " + got +
                     "), not \"" + concurrent.operation_id + "\"",
                 *other);
    } else {
      judgement.fail("GET operationId",
                     "answered operationId " + got + ", not \"" + concurrent.operation_id + "\"");
    }
  }
}

}  // namespace ucwa::check::rules
