#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Judgement& judgement);  // ESC-RESP-1

}  // namespace ucwa::check::rules
