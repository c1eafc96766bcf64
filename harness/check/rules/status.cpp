#include "check/rules/status.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Judgement& judgement) {
  if (observed.response.status == 201) return;
  judgement.fail("status", "expected 201 Created, got " + std::to_string(observed.response.status));
}

}  // namespace ucwa::check::rules
