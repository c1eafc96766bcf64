#include "check/evaluate.hpp"

#include <map>
#include <optional>
#include <stdexcept>

#include "check/observed.hpp"
#include "check/rules/content_type.hpp"
#include "check/rules/errors.hpp"
#include "check/rules/invitation.hpp"
#include "check/rules/limits.hpp"
#include "check/rules/lookups.hpp"
#include "check/rules/media_offer.hpp"
#include "check/rules/participants.hpp"
#include "check/rules/status.hpp"
#include "check/rules/typed_members.hpp"
#include "contract/catalogue.hpp"
#include "contract/error_spec.hpp"
#include "contract/parameter_spec.hpp"
#include "contract/resource_spec.hpp"

namespace ucwa::check {

namespace {

using RuleTable = std::map<std::string_view, Rule>;

std::string_view spec_name(const contract::PropertySpec& spec) {
  return spec.name;
}
std::string_view spec_name(const contract::LinkSpec& spec) {
  return spec.rel;
}
std::string_view spec_name(const contract::EmbeddedSpec& spec) {
  return spec.rel;
}

// A typed member (property, link, embedded relation) of the invitation itself.
template <typename Spec, typename Check>
Rule on_invitation(const Spec& spec, Check check) {
  return [&spec, check](const Observed& observed, Judgement& judgement) {
    const model::Resource* invitation = invitation_or_finding(observed, judgement);
    if (invitation && !check(*invitation, spec, "", judgement)) {
      judgement.nothing_to_check = "the invitation has no " + std::string(spec_name(spec));
    }
  };
}

// A typed member of every participant the invitation embeds.
template <typename Spec, typename Check>
Rule on_participants(const Spec& spec, Check check) {
  return [&spec, check](const Observed& observed, Judgement& judgement) {
    const model::Resource* invitation = invitation_or_finding(observed, judgement);
    if (!invitation) return;
    bool checked = false;
    for (const auto& [path, participant] : rules::embedded_participants(*invitation)) {
      checked = check(*participant, spec, path + "/", judgement) || checked;
    }
    if (!checked) {
      judgement.nothing_to_check = "no embedded participant has " + std::string(spec_name(spec));
    }
  };
}

RuleTable build_rule_table() {
  RuleTable table{
      {"ESC-RESP-1", rules::answers_created},
      {"REP-CTYPE-1", rules::names_ucwa_format},
      {"REP-CTYPE-2", rules::matches_requested_format},
      {"REP-SHAPE-1", rules::has_documented_shape},
      {"AVI-REL-1", rules::is_audio_video_invitation},
      {"AVI-LINK-1", rules::has_self_link},
      {"AVI-ECHO-1", rules::echoes_operation_id},
      {"AVI-ECHO-2", rules::echoes_session_context},
      {"PAR-LINK-1", rules::participants_have_self_links},
      {"SDP-1", rules::media_offer_has_audio_and_video},
      {"SDP-2", rules::media_offer_is_offer_sent},
  };
  const contract::ResourceSpec& invitation = contract::audio_video_invitation_spec();
  for (const auto& spec : invitation.properties)
    table[spec.clause_id] = on_invitation(spec, rules::check_property);
  for (const auto& spec : invitation.links)
    table[spec.clause_id] = on_invitation(spec, rules::check_link);
  for (const auto& spec : invitation.embedded)
    table[spec.clause_id] = on_invitation(spec, rules::check_embedded);
  const contract::ResourceSpec& participant = contract::participant_spec();
  for (const auto& spec : participant.properties)
    table[spec.clause_id] = on_participants(spec, rules::check_property);
  for (const auto& spec : participant.links)
    table[spec.clause_id] = on_participants(spec, rules::check_link);
  return table;
}

const RuleTable& rule_table() {
  static const RuleTable table = build_rule_table();
  return table;
}

// Clauses judged on escalations sent to provoke something else than the ordinary 201: errors,
// and answers at the parameters' limits.
RuleTable build_provoked_table() {
  RuleTable table{
      {"AUTH-1", rules::challenges_for_credentials},
      {"AUTH-2", rules::challenges_for_credentials},
      {"AUTH-4", rules::answers_created},
      {"AUTH-5", rules::answers_created},
      {"AUTH-6", rules::refuses_escalation},
      {"AUTH-7", rules::refuses_escalation},
      {"GEN-ERR-3", rules::allows_post},
      {"GEN-ERR-5", rules::honours_accept},
      {"REP-CTYPE-3", rules::matches_requested_format},
  };
  for (const auto& error : contract::operation_errors())
    table[error.clause_id] = rules::answers_error(error.expected);
  for (const auto& error : contract::generic_errors())
    table[error.clause_id] = rules::answers_error(error.expected);
  for (const auto& limit : contract::limit_clauses())
    table[limit.clause_id] = rules::meets_limit(limit);
  return table;
}

const RuleTable& provoked_table() {
  static const RuleTable table = build_provoked_table();
  return table;
}

// The verdict a judgement comes to under its clause's level.
Verdict verdict_of(const contract::Clause& clause, Judgement judgement) {
  Verdict verdict{&clause, Outcome::satisfied, std::move(judgement.findings), {}, {}, {}};
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
  return {&clause, Outcome::transport_failure, {}, std::move(failure), {}, {}};
}

// The clauses of a 201 that judge its status or its format rather than what its body says: they
// are judged whatever format the answer came in.
bool judges_status_or_format(std::string_view clause_id) {
  return clause_id == "ESC-RESP-1" || clause_id == "REP-CTYPE-1" || clause_id == "REP-CTYPE-2";
}

// An answer in another format than the one asked for is never judged as if it had been asked
// for: a /Xml test that got JSON proves nothing about the XML (REP-CTYPE-2 fails it).
std::optional<Verdict> answered_in_another_format(const contract::Clause& clause,
                                                  const Observed& observed) {
  if (!observed.declared || *observed.declared == observed.escalation.requested) return {};
  Verdict verdict{&clause, Outcome::not_judged, {}, {}, {}, {}};
  verdict.not_judged = "asked for " + std::string(model::to_string(observed.escalation.requested)) +
                       ", answered in " + std::string(model::to_string(*observed.declared)) +
                       " (Content-Type " + observed.content_type.value_or("") +
                       "); REP-CTYPE-2 judges that";
  return verdict;
}

template <typename Table>
const typename Table::mapped_type& rule_for(const Table& table, const contract::Clause& clause,
                                            const char* observation) {
  auto rule = table.find(clause.id);
  if (rule == table.end()) {
    throw std::logic_error("clause " + std::string(clause.id) + " has no rule for " + observation);
  }
  return rule->second;
}

using LookupRule = void (*)(const Lookup&, Judgement&);
using PairRule = void (*)(const Pair&, Judgement&);

const std::map<std::string_view, LookupRule>& lookup_rules() {
  static const std::map<std::string_view, LookupRule> table{
      {"DSC-1", rules::links_onward}, {"DSC-2", rules::links_onward}, {"RES-1", rules::resolves},
      {"RES-2", rules::resolves},     {"RES-3", rules::resolves},     {"RES-4", rules::resolves},
  };
  return table;
}

const std::map<std::string_view, PairRule>& pair_rules() {
  static const std::map<std::string_view, PairRule> table{
      {"PTY-1", rules::same_resource},
      {"PTY-2", rules::same_structure},
  };
  return table;
}

}  // namespace

Verdict evaluate(const contract::Clause& clause, const Escalation& escalation) {
  const Rule& rule = judged_on_provoked_answers(clause.id)
                         ? provoked_table().at(clause.id)
                         : rule_for(rule_table(), clause, "an escalation");
  if (!escalation.exchange.answered())
    return transport_verdict(clause, escalation.exchange.describe_failure());
  const Observed observed = observe(escalation);
  if (!judged_on_provoked_answers(clause.id) && !judges_status_or_format(clause.id)) {
    if (auto not_judged = answered_in_another_format(clause, observed)) return *not_judged;
  }
  Judgement judgement;
  rule(observed, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Lookup& lookup) {
  LookupRule rule = rule_for(lookup_rules(), clause, "a lookup");
  if (auto failure = rules::transport_failure_in(lookup))
    return transport_verdict(clause, *failure);
  Judgement judgement;
  rule(lookup, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(const contract::Clause& clause, const Pair& pair) {
  PairRule rule = rule_for(pair_rules(), clause, "a JSON and XML pair");
  if (auto failure = rules::transport_failure_in(pair)) return transport_verdict(clause, *failure);
  Judgement judgement;
  rule(pair, judgement);
  return verdict_of(clause, std::move(judgement));
}

Verdict evaluate(std::string_view clause_id, const Escalation& escalation) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  if (!clause) throw std::logic_error("no clause " + std::string(clause_id) + " in the catalogue");
  return evaluate(*clause, escalation);
}

bool judged_on_escalations(std::string_view clause_id) {
  return rule_table().count(clause_id) > 0;
}

bool judged_on_provoked_answers(std::string_view clause_id) {
  return provoked_table().count(clause_id) > 0;
}

std::vector<std::string_view> clauses_with_rules() {
  std::vector<std::string_view> ids;
  for (const auto& [id, rule] : rule_table()) ids.push_back(id);
  for (const auto& [id, rule] : provoked_table()) ids.push_back(id);
  for (const auto& [id, rule] : lookup_rules()) ids.push_back(id);
  for (const auto& [id, rule] : pair_rules()) ids.push_back(id);
  return ids;
}

}  // namespace ucwa::check
