#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Judgement& judgement);  // ESC-RESP-1
// The request is refused with a client error (4xx): no escalation, and no server failure.
void refuses_escalation(const Observed& observed, Judgement& judgement);  // AUTH-6/7

}  // namespace ucwa::check::rules
