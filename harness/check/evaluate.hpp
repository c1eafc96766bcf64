#pragma once

#include <string_view>
#include <vector>

#include "check/channel.hpp"
#include "check/concurrent.hpp"
#include "check/escalation.hpp"
#include "check/observed.hpp"
#include "check/subjects.hpp"
#include "check/verdict.hpp"
#include "contract/clause.hpp"

namespace ucwa::check {

// Judges one clause, by the rule it names (contract::Clause::rule), on what a test observed. A
// clause whose rule judges another kind of observation is a harness defect and throws
// std::logic_error naming it.
Verdict evaluate(const contract::Clause& clause, const Escalation& escalation);
Verdict evaluate(std::string_view clause_id, const Escalation& escalation);
Verdict evaluate(const contract::Clause& clause, const Lookup& lookup);
Verdict evaluate(const contract::Clause& clause, const Pair& pair);
Verdict evaluate(const contract::Clause& clause, const Channel& channel);
// An answered escalation read once (check::observe) and judged by many clauses: what
// evaluate(clause, escalation) does, without reading the answer again for each.
Verdict evaluate(const contract::Clause& clause, const Observed& observed);
// Under load: one escalation beside the others in flight (cross-talk).
Verdict evaluate(const contract::Clause& clause, const Concurrent& concurrent);

// Whether the clause is judged on the 201 of an ordinary escalation (rather than on GETs or a
// JSON/XML pair).
bool judged_on_escalations(std::string_view clause_id);
// Whether the clause is judged on an escalation sent to provoke an error or to probe a limit.
bool judged_on_provoked_answers(std::string_view clause_id);
// Whether the clause is judged only under load, on escalations beside each other.
bool judged_under_load(std::string_view clause_id);

}  // namespace ucwa::check
