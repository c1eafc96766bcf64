#pragma once

#include "check/concurrent.hpp"
#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void echoes_own_escalation(const Concurrent& concurrent, Judgement& judgement);   // LOAD-1
void own_invitation(const Concurrent& concurrent, Judgement& judgement);          // LOAD-2
void fetches_own_invitation(const Concurrent& concurrent, Judgement& judgement);  // LOAD-3

}  // namespace ucwa::check::rules
