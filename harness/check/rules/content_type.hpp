#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void names_ucwa_format(const Observed& observed, Findings& findings);     // REP-CTYPE-1
void matches_requested_format(const Observed& observed, Findings& findings);  // REP-CTYPE-2

}  // namespace ucwa::check::rules
