#include "check/rules/status.hpp"

#include "check/rules/errors.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Judgement& judgement) {
  if (observed.response.status == 201) return;
  judgement.fail("status", "expected 201 Created, got " + triple_of(observed));
}

}  // namespace ucwa::check::rules
