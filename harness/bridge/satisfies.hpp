#pragma once

#include <gtest/gtest.h>

#include "check/channel.hpp"
#include "check/escalation.hpp"
#include "check/subjects.hpp"
#include "check/verdict.hpp"

namespace ucwa::bridge {

// Judges the running test's clause on what it observed and settles the test's outcome
// (bridge/outcome.hpp): SHOULD-level findings warn and pass unless the run is --strict.
::testing::AssertionResult Satisfies(const check::Escalation& escalation);
::testing::AssertionResult Satisfies(const check::Lookup& lookup);
::testing::AssertionResult Satisfies(const check::Pair& pair);
::testing::AssertionResult Satisfies(const check::Channel& channel);

}  // namespace ucwa::bridge
