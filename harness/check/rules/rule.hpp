#pragma once

#include <string>
#include <vector>

#include "check/observed.hpp"
#include "check/verdict.hpp"

namespace ucwa::check {

// A rule adds a finding for everything in the observation that breaks its clause.
using Findings = std::vector<Finding>;
using Rule = void (*)(const Observed&, Findings&);

// The invitation the rule should look at, or a finding saying why there is none.
const model::Resource* invitation_or_finding(const Observed& observed, Findings& findings);

}  // namespace ucwa::check
