#include "check/rules/status.hpp"

#include "check/rules/errors.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Judgement& judgement) {
  if (observed.response.status == 201) return;
  judgement.fail("status", "expected 201 Created, got " + triple_of(observed));
}

void refuses_escalation(const Observed& observed, Judgement& judgement) {
  const int status = observed.response.status;
  if (status >= 400 && status < 500) return;
  judgement.fail("status", "expected a refusal (4xx), got " + triple_of(observed) +
                               (status >= 200 && status < 300 ? ": the token escalated" : ""));
}

}  // namespace ucwa::check::rules
