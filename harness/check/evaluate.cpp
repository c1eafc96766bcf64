#include "check/evaluate.hpp"

#include <optional>
#include <stdexcept>

#include "check/event_trail.hpp"
#include "check/observed.hpp"
#include "check/participants.hpp"
#include "check/rules/channel.hpp"
#include "check/rules/content_type.hpp"
#include "check/rules/cross_talk.hpp"
#include "check/rules/errors.hpp"
#include "check/rules/events.hpp"
#include "check/rules/invitation.hpp"
#include "check/rules/limits.hpp"
#include "check/rules/lookups.hpp"
#include "check/rules/media_offer.hpp"
#include "check/rules/members.hpp"
#include "check/rules/status.hpp"
#include "check/rules/typed_members.hpp"
#include "contract/catalogue.hpp"
#include "contract/described_member.hpp"
#include "contract/error_spec.hpp"
#include "contract/parameter_spec.hpp"

namespace ucwa::check {

namespace {

using contract::Observation;

// A described member of the invitation itself, or of every participant it embeds.
Rule member_rule(const contract::DescribedMember& member) {
  return [&member](const Observed& observed, Judgement& judgement) {
    const model::Resource* invitation = invitation_or_finding(observed, judgement);
    if (!invitation) return;
    if (rules::check_described_member(*invitation, member, "", judgement)) return;
    judgement.nothing_to_check = member.owner == contract::Owner::invitation
                                     ? "the invitation has no " + std::string(member.name())
                                     : "no embedded participant has " + std::string(member.name());
  };
}

std::logic_error not_judged_on(const contract::Clause& clause, const char* observation) {
  return std::logic_error("clause " + std::string(clause.id) + " is not judged on " + observation);
}

// The code of the rule a clause names, for the clauses judged on an escalation.
Rule escalation_rule(const contract::Clause& clause) {
  using R = contract::Rule;
  switch (clause.rule) {
    case R::answers_created:
    case R::provoked_created:
      return rules::answers_created;
    case R::names_ucwa_format:
      return rules::names_ucwa_format;
    case R::matches_requested_format:
    case R::provoked_format:
      return rules::matches_requested_format;
    case R::has_documented_shape:
      return rules::has_documented_shape;
    case R::is_audio_video_invitation:
      return rules::is_audio_video_invitation;
    case R::has_self_link:
      return rules::has_self_link;
    case R::echoes_operation_id:
      return rules::echoes_operation_id;
    case R::echoes_session_context:
      return rules::echoes_session_context;
    case R::participants_have_self_links:
      return rules::participants_have_self_links;
    case R::media_offer_has_audio_and_video:
      return rules::media_offer_has_audio_and_video;
    case R::media_offer_is_offer_sent:
      return rules::media_offer_is_offer_sent;
    case R::described_member:
      return member_rule(*clause.member);
    case R::challenges_for_credentials:
      return rules::challenges_for_credentials;
    case R::refuses_escalation:
      return rules::refuses_escalation;
    case R::allows_post:
      return rules::allows_post;
    case R::honours_accept:
      return rules::honours_accept;
    case R::answers_error:
      return rules::answers_error(clause.error->expected);
    case R::meets_limit:
      return rules::meets_limit(*clause.limit);
    case R::links_onward:
    case R::resolves:
    case R::same_resource:
    case R::same_structure:
    case R::delivers_invitation_event:
    case R::event_echoes_operation_id:
    case R::event_echoes_session_context:
    case R::events_from_communication:
    case R::operation_event_types:
    case R::completed_once_and_last:
    case R::embedded_invitation_members:
    case R::completed_has_status:
    case R::failure_has_reason:
    case R::failure_is_escalation_failed:
    case R::negotiation_answers_both:
    case R::batch_shape:
    case R::next_acknowledges:
    case R::same_ack_same_events:
    case R::out_of_range_resyncs:
    case R::pget_replaced:
    case R::refusal_creates_nothing:
    case R::echoes_own_escalation:
    case R::own_invitation:
    case R::fetches_own_invitation:
      break;
  }
  throw not_judged_on(clause, "an escalation");
}

using ChannelRule = void (*)(const Channel&, const Trail&, Judgement&);

// The code of the rule a clause names, for the clauses judged on the event channel.
ChannelRule channel_rule(const contract::Clause& clause) {
  using R = contract::Rule;
  switch (clause.rule) {
    case R::delivers_invitation_event:
      return rules::delivers_invitation_event;
    case R::event_echoes_operation_id:
      return rules::event_echoes_operation_id;
    case R::event_echoes_session_context:
      return rules::event_echoes_session_context;
    case R::events_from_communication:
      return rules::events_from_communication;
    case R::operation_event_types:
      return rules::operation_event_types;
    case R::completed_once_and_last:
      return rules::completed_once_and_last;
    case R::embedded_invitation_members:
      return rules::embedded_invitation_members;
    case R::completed_has_status:
      return rules::completed_has_status;
    case R::failure_has_reason:
      return rules::failure_has_reason;
    case R::failure_is_escalation_failed:
      return rules::failure_is_escalation_failed;
    case R::negotiation_answers_both:
      return rules::negotiation_answers_both;
    case R::batch_shape:
      return rules::batch_shape;
    case R::next_acknowledges:
      return rules::next_acknowledges;
    case R::same_ack_same_events:
      return rules::same_ack_same_events;
    case R::out_of_range_resyncs:
      return rules::out_of_range_resyncs;
    case R::pget_replaced:
      return rules::pget_replaced;
    case R::refusal_creates_nothing:
      return rules::refusal_creates_nothing;
    case R::answers_created:
    case R::names_ucwa_format:
    case R::matches_requested_format:
    case R::has_documented_shape:
    case R::is_audio_video_invitation:
    case R::has_self_link:
    case R::echoes_operation_id:
    case R::echoes_session_context:
    case R::participants_have_self_links:
    case R::media_offer_has_audio_and_video:
    case R::media_offer_is_offer_sent:
    case R::described_member:
    case R::provoked_created:
    case R::provoked_format:
    case R::challenges_for_credentials:
    case R::refuses_escalation:
    case R::allows_post:
    case R::honours_accept:
    case R::answers_error:
    case R::meets_limit:
    case R::links_onward:
    case R::resolves:
    case R::same_resource:
    case R::same_structure:
    case R::echoes_own_escalation:
    case R::own_invitation:
    case R::fetches_own_invitation:
      break;
  }
  throw not_judged_on(clause, "the event channel");
}

// Why the channel gave nothing to judge because of transport: no answer at all, and a failure
// that was not the harness ending a held GET.
std::optional<std::string> channel_transport_failure(const Channel& channel) {
  const http::Exchange* failed = nullptr;
  for (const http::Exchange& read : channel.reads) {
    if (read.answered()) return std::nullopt;
    if (read.failure != http::TransportFailure::interrupted &&
        read.failure != http::TransportFailure::timed_out && !failed)
      failed = &read;
  }
  if (!failed) return std::nullopt;
  return "the event channel did not answer: " + failed->describe_failure();
}

// The 201's clauses that judge its status or its format rather than what its body says: they
// are judged whatever format the answer came in.
bool judges_status_or_format(const contract::Clause& clause) {
  using R = contract::Rule;
  return clause.rule == R::answers_created || clause.rule == R::names_ucwa_format ||
         clause.rule == R::matches_requested_format;
}

// The verdict a judgement comes to under its clause's level.
Verdict verdict_of(const contract::Clause& clause, Judgement judgement) {
  Verdict verdict{.clause = &clause, .findings = std::move(judgement.findings)};
  // A rule states findings at MUST level; a SHOULD clause can never demand more than SHOULD.
  for (Finding& finding : verdict.findings) {
    if (clause.level == contract::Level::should) finding.level = contract::Level::should;
  }
  if (!verdict.findings.empty()) {
    verdict.outcome = Outcome::violated;
  } else if (judgement.nothing_to_check) {
    verdict.outcome = Outcome::not_applicable;
    verdict.not_applicable = *judgement.nothing_to_check;
  }
  return verdict;
}

Verdict transport_verdict(const contract::Clause& clause, std::string failure) {
  return {
      .clause = &clause, .outcome = Outcome::transport_failure, .transport = std::move(failure)};
}

// An answer in another format than the one asked for is never judged as if it had been asked
// for: a /Xml test that got JSON proves nothing about the XML (REP-CTYPE-2 fails it).
std::optional<Verdict> answered_in_another_format(const contract::Clause& clause,
                                                  const Observed& observed) {
  if (!observed.declared || *observed.declared == observed.escalation.requested) return {};
  return Verdict{
      .clause = &clause,
      .outcome = Outcome::not_judged,
      .not_judged = "asked for " + std::string(model::to_string(observed.escalation.requested)) +
                    ", answered in " + std::string(model::to_string(*observed.declared)) +
                    " (Content-Type " + observed.content_type.value_or("") +
                    "); REP-CTYPE-2 judges that"};
}

}  // namespace

Verdict evaluate(const contract::Clause& clause, const Escalation& escalation) {
  if (!escalation.exchange.answered()) {
    escalation_rule(clause);  // throws for a clause not judged on an escalation
    return transport_verdict(clause, escalation.exchange.describe_failure());
  }
  return evaluate(clause, observe(escalation));
}

Verdict evaluate(const contract::Clause& clause, const Observed& observed) {
  const Rule rule = escalation_rule(clause);
  if (contract::observation_of(clause.rule) == Observation::escalation &&
      !judges_status_or_format(clause)) {
    if (auto not_judged = answered_in_another_format(clause, observed)) return *not_judged;
  }
  Judgement judgement;
  rule(observed, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Lookup& lookup) {
  if (contract::observation_of(clause.rule) != Observation::lookup)
    throw not_judged_on(clause, "a lookup");
  if (auto failure = rules::transport_failure_in(lookup))
    return transport_verdict(clause, *failure);
  Judgement judgement;
  if (clause.rule == contract::Rule::links_onward)
    rules::links_onward(lookup, judgement);
  else
    rules::resolves(lookup, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Pair& pair) {
  if (contract::observation_of(clause.rule) != Observation::pair)
    throw not_judged_on(clause, "a JSON and XML pair");
  if (auto failure = rules::transport_failure_in(pair)) return transport_verdict(clause, *failure);
  Judgement judgement;
  if (clause.rule == contract::Rule::same_resource)
    rules::same_resource(pair, judgement);
  else
    rules::same_structure(pair, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Channel& channel) {
  const ChannelRule rule = channel_rule(clause);
  if (channel.no_channel) {
    return {.clause = &clause,
            .outcome = Outcome::not_applicable,
            .not_applicable = *channel.no_channel};
  }
  if (!channel.escalation.exchange.answered())
    return transport_verdict(clause, channel.escalation.exchange.describe_failure());
  if (const int status = channel.escalation.exchange.response->status; status != 201) {
    return {.clause = &clause,
            .outcome = Outcome::not_applicable,
            .not_applicable = "the escalation was answered " + std::to_string(status) +
                              ", not 201, so the channel was not read (ESC-RESP-1 judges that)"};
  }
  if (auto failure = channel_transport_failure(channel)) return transport_verdict(clause, *failure);
  const Trail trail(channel.reads, channel.requested, channel.escalation);
  // Batches in another format than the one asked for are EVT-12's finding, never a pass of the
  // other clauses: what they say proves nothing about the format the test is for.
  if (clause.rule != contract::Rule::batch_shape) {
    for (const ReadBatch& read : trail.batches()) {
      if (read.format == channel.requested) continue;
      return {.clause = &clause,
              .outcome = Outcome::not_judged,
              .not_judged = "asked the event channel for " +
                            std::string(model::to_string(channel.requested)) + ", answered in " +
                            std::string(model::to_string(read.format)) + "; EVT-12 judges that"};
    }
  }
  Judgement judgement;
  rule(channel, trail, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Concurrent& concurrent) {
  if (contract::observation_of(clause.rule) != Observation::concurrent)
    throw not_judged_on(clause, "escalations under load");
  Judgement judgement;
  if (clause.rule == contract::Rule::echoes_own_escalation)
    rules::echoes_own_escalation(concurrent, judgement);
  else if (clause.rule == contract::Rule::own_invitation)
    rules::own_invitation(concurrent, judgement);
  else
    rules::fetches_own_invitation(concurrent, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(std::string_view clause_id, const Escalation& escalation) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  if (!clause) throw std::logic_error("no clause " + std::string(clause_id) + " in the catalogue");
  return evaluate(*clause, escalation);
}

bool judged_on_escalations(std::string_view clause_id) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  return clause && contract::observation_of(clause->rule) == Observation::escalation;
}

bool judged_on_provoked_answers(std::string_view clause_id) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  return clause && contract::observation_of(clause->rule) == Observation::provoked_escalation;
}

bool judged_under_load(std::string_view clause_id) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  return clause && contract::observation_of(clause->rule) == Observation::concurrent;
}

}  // namespace ucwa::check
