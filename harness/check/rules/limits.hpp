#pragma once

#include "check/rules/rule.hpp"
#include "contract/parameter_spec.hpp"

namespace ucwa::check::rules {

// ESC-OPID-* and ESC-SCTX-*: a value within the limit is accepted (and, where the clause says
// so, echoed as sent); any other is refused with the parameter error.
Rule meets_limit(const contract::LimitClause& clause);

}  // namespace ucwa::check::rules
