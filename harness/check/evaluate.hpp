#pragma once

#include <string_view>
#include <vector>

#include "check/escalation.hpp"
#include "check/verdict.hpp"
#include "contract/clause.hpp"

namespace ucwa::check {

// Judges one clause on one escalation. A clause without a rule is a harness defect and throws
// std::logic_error naming it.
Verdict evaluate(const contract::Clause& clause, const Escalation& escalation);
Verdict evaluate(std::string_view clause_id, const Escalation& escalation);

// Ids of the clauses that have a rule, for the test that keeps catalogue and rules in step.
std::vector<std::string_view> clauses_with_rules();

}  // namespace ucwa::check
