#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Findings& findings);  // ESC-RESP-1

}  // namespace ucwa::check::rules
