#include "check/rules/limits.hpp"

#include "check/rules/errors.hpp"
#include "check/rules/invitation.hpp"

namespace ucwa::check::rules {

namespace {

const std::string& sent_value(const Escalation& escalation, std::string_view parameter) {
  return parameter == "operationId" ? escalation.operation_id : escalation.session_context;
}

}  // namespace

Rule meets_limit(const contract::LimitClause& clause) {
  if (clause.expectation == contract::LimitExpectation::refused) {
    return answers_error(clause.refusal);
  }
  return [&clause](const Observed& observed, Judgement& judgement) {
    const std::string name(clause.parameter->name);
    const std::string& sent = sent_value(observed.escalation, name);
    if (observed.response.status != 201) {
      judgement.fail("status", "expected 201 Created for " + name + " \"" + sent + "\", got " +
                                   triple_of(observed));
      return;
    }
    if (clause.expectation == contract::LimitExpectation::accepted_and_echoed) {
      echoes(observed, name, sent, judgement);
    }
  };
}

}  // namespace ucwa::check::rules
