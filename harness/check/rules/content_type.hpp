#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void names_ucwa_format(const Observed& observed, Judgement& judgement);         // REP-CTYPE-1
void matches_requested_format(const Observed& observed, Judgement& judgement);  // REP-CTYPE-2
void has_documented_shape(const Observed& observed, Judgement& judgement);      // REP-SHAPE-1

}  // namespace ucwa::check::rules
