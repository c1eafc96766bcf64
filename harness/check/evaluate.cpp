#include "check/evaluate.hpp"

#include <map>
#include <stdexcept>

#include "check/observed.hpp"
#include "check/rules/content_type.hpp"
#include "check/rules/invitation.hpp"
#include "check/rules/status.hpp"
#include "contract/catalogue.hpp"

namespace ucwa::check {

namespace {

const std::map<std::string_view, Rule>& rule_table() {
  static const std::map<std::string_view, Rule> table{
      {"ESC-RESP-1", rules::answers_created},
      {"REP-CTYPE-1", rules::names_ucwa_format},
      {"REP-CTYPE-2", rules::matches_requested_format},
      {"AVI-REL-1", rules::is_audio_video_invitation},
      {"AVI-LINK-1", rules::has_self_link},
      {"AVI-ECHO-1", rules::echoes_operation_id},
      {"AVI-ECHO-2", rules::echoes_session_context},
      {"AVI-PROP-8", rules::direction_is_documented},
      {"AVI-PROP-9", rules::importance_is_documented},
      {"AVI-PROP-17", rules::state_is_documented},
  };
  return table;
}

}  // namespace

Verdict evaluate(const contract::Clause& clause, const Escalation& escalation) {
  auto rule = rule_table().find(clause.id);
  if (rule == rule_table().end()) {
    throw std::logic_error("clause " + std::string(clause.id) + " has no rule");
  }
  Verdict verdict{&clause, Outcome::satisfied, {}, {}};
  if (!escalation.exchange.answered()) {
    verdict.outcome = Outcome::transport_failure;
    verdict.transport = escalation.exchange.describe_failure();
    return verdict;
  }
  rule->second(observe(escalation), verdict.findings);
  // A rule states findings at MUST level; a SHOULD clause can never demand more than SHOULD.
  for (Finding& finding : verdict.findings) {
    if (clause.level == contract::Level::should) finding.level = contract::Level::should;
  }
  if (!verdict.findings.empty()) verdict.outcome = Outcome::violated;
  return verdict;
}

Verdict evaluate(std::string_view clause_id, const Escalation& escalation) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  if (!clause) throw std::logic_error("no clause " + std::string(clause_id) + " in the catalogue");
  return evaluate(*clause, escalation);
}

std::vector<std::string_view> clauses_with_rules() {
  std::vector<std::string_view> ids;
  for (const auto& [id, rule] : rule_table()) ids.push_back(id);
  return ids;
}

}  // namespace ucwa::check
