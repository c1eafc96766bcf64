#pragma once

#include <gtest/gtest.h>

#include "check/escalation.hpp"
#include "check/subjects.hpp"
#include "check/verdict.hpp"

namespace ucwa::bridge {

// Judges the running test's clause on the escalation. Records the verdict (pass, warn, fail,
// transport) as a property; SHOULD-level findings warn and pass unless the run is --strict.
::testing::AssertionResult Satisfies(const check::Escalation& escalation);
::testing::AssertionResult Satisfies(const check::Lookup& lookup);
::testing::AssertionResult Satisfies(const check::Pair& pair);

// The same decision for a verdict already made (used by Satisfies, and by its tests).
::testing::AssertionResult judge(const check::Verdict& verdict, bool strict);

}  // namespace ucwa::bridge
