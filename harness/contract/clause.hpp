#pragma once

#include <string_view>

namespace ucwa::contract {

// MUST where a documentation page (the operation's own page included) states the rule, or where
// its sample is the only definition of a fixed shape; SHOULD where the rule is inferred or is a
// general HTTP rule the UCWA pages do not restate. SHOULD findings fail only under --strict.
enum class Level { must, should };

constexpr std::string_view to_string(Level level) {
  return level == Level::must ? "MUST" : "SHOULD";
}

struct DescribedMember;
struct ErrorClause;
struct LimitClause;

// The rule that judges a clause, named where the clause is declared; check binds each name to
// its code. Grouped by what the clause is judged on.
enum class Rule {
  // The 201 of an ordinary escalation.
  answers_created,
  names_ucwa_format,
  matches_requested_format,
  has_documented_shape,
  is_audio_video_invitation,
  has_self_link,
  echoes_operation_id,
  echoes_session_context,
  participants_have_self_links,
  media_offer_has_audio_and_video,
  media_offer_is_offer_sent,
  described_member,  // Clause::member says which
  // An escalation sent to provoke an answer (another token, method, body, Accept, parameter).
  provoked_created,
  provoked_format,
  challenges_for_credentials,
  refuses_escalation,
  allows_post,
  honours_accept,
  answers_error,  // Clause::error says which
  meets_limit,    // Clause::limit says which
  // GETs of the hrefs the target gave.
  links_onward,
  resolves,
  // The same resource fetched as JSON and as XML.
  same_resource,
  same_structure,
  // What the event channel carried about an escalation, and how the channel behaved.
  delivers_invitation_event,
  event_echoes_operation_id,
  event_echoes_session_context,
  events_from_communication,
  operation_event_types,
  completed_once_and_last,
  embedded_invitation_members,
  completed_has_status,
  failure_has_reason,
  failure_is_escalation_failed,
  negotiation_answers_both,
  batch_shape,
  next_acknowledges,
  same_ack_same_events,
  out_of_range_resyncs,
  pget_replaced,
  refusal_creates_nothing,
  // Escalations seen beside each other under load (ucwa-conform load).
  echoes_own_escalation,
  own_invitation,
  fetches_own_invitation,
};

// What a test observes for a clause's rule to judge.
enum class Observation { escalation, provoked_escalation, lookup, pair, channel, concurrent };

constexpr Observation observation_of(Rule rule) {
  if (rule >= Rule::echoes_own_escalation) return Observation::concurrent;
  if (rule <= Rule::described_member) return Observation::escalation;
  if (rule <= Rule::meets_limit) return Observation::provoked_escalation;
  if (rule <= Rule::resolves) return Observation::lookup;
  if (rule <= Rule::same_structure) return Observation::pair;
  return Observation::channel;
}

// One promise of the contract. Ids are stable: never renumbered, only retired.
struct Clause {
  std::string_view id;
  Level level;
  std::string_view source;        // the documentation page it comes from
  std::string_view promise = {};  // one sentence (a generated clause's is set once built)
  // Why the level: for MUST the page's sentence or the sample that fixes it, quoted; for SHOULD
  // what the rule is inferred from. docs/levels.md lists it.
  std::string_view basis;
  Rule rule;
  const DescribedMember* member = nullptr;  // Rule::described_member
  const ErrorClause* error = nullptr;       // Rule::answers_error
  const LimitClause* limit = nullptr;       // Rule::meets_limit
};

}  // namespace ucwa::contract
