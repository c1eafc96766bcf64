#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "bridge/session.hpp"
#include "check/verdict.hpp"
#include "report/record.hpp"
#include "target/control_api.hpp"

// A test's outcome is decided once, here, from a structured value (a check::Verdict, or why the
// test could not be brought to judgement), and carried unchanged into every report. GoogleTest
// is told the same: it fails, skips or passes the test to agree, and gets the properties that
// --gtest_output users read.
namespace ucwa::bridge {

// The one mapping from a clause's verdict to the test's outcome under the run's gate.
report::Outcome outcome_of(const check::Verdict& verdict, const Settings& settings);
// A state the target could not be brought to: a not-provoked skip (a failure under
// --fail-on-skip).
report::Outcome not_provoked(std::string reason, const Settings& settings);
// The control API could not do its part: not provoked, transport or harness trouble.
report::Outcome outcome_of(const target::Unavailable& unavailable, const Settings& settings);
// The target was found unreachable before the first test, or stopped answering, or --deadline
// passed: the test did not run.
report::Outcome not_run(const std::string& unreachable);

// Records the outcome on the running test (a test that records more than one keeps the worst)
// and makes GoogleTest agree. A skip returns success: the caller's assertion then passes.
::testing::AssertionResult settle(report::Outcome outcome);

// The outcome the running test recorded, taken once by the run recorder at its end.
std::optional<report::Outcome> take_outcome();

}  // namespace ucwa::bridge
