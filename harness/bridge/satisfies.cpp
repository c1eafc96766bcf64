#include "bridge/satisfies.hpp"

#include <iostream>

#include "bridge/clause_registry.hpp"
#include "bridge/session.hpp"
#include "check/evaluate.hpp"

namespace ucwa::bridge {

namespace {

std::string heading(const check::Verdict& verdict) {
  return std::string(verdict.clause->id) + " (" +
         std::string(contract::to_string(verdict.clause->level)) + ", " +
         std::string(verdict.clause->source) + "): " + std::string(verdict.clause->promise);
}

void record(const char* key, const std::string& value) {
  if (::testing::UnitTest::GetInstance()->current_test_info()) {
    ::testing::Test::RecordProperty(key, value);
  }
}

void record_verdict(const char* verdict) {
  record("verdict", verdict);
}

// Records a skip on the running test; the assertion itself then passes.
void skip_test(const std::string& reason) {
  GTEST_SKIP() << reason;
}

}  // namespace

::testing::AssertionResult judge(const check::Verdict& verdict, bool strict) {
  if (verdict.outcome == check::Outcome::transport_failure) {
    record_verdict("transport");
    return ::testing::AssertionFailure()
           << "not judged, " << verdict.transport << "\n  clause " << heading(verdict);
  }
  if (verdict.outcome == check::Outcome::not_applicable) {
    record_verdict("skip");
    skip_test("nothing to check: " + verdict.not_applicable + " (clause " +
              std::string(verdict.clause->id) + ")");
    return ::testing::AssertionSuccess();
  }
  if (verdict.findings.empty()) {
    record_verdict("pass");
    return ::testing::AssertionSuccess();
  }
  std::string findings;
  for (const check::Finding& finding : verdict.findings) findings += "\n  " + finding.describe();
  if (verdict.has_must_finding() || strict) {
    record_verdict("fail");
    record("failure_type", verdict.has_must_finding() ? "MUST" : "SHOULD");
    return ::testing::AssertionFailure() << "violates " << heading(verdict) << findings;
  }
  record_verdict("warn");
  record("warning", heading(verdict) + findings);
  std::cout << "[   WARN   ] " << heading(verdict) << findings << "\n";
  return ::testing::AssertionSuccess();
}

namespace {

template <typename Observation>
::testing::AssertionResult satisfies(const Observation& observation) {
  const contract::Clause* clause = clause_of_current_test();
  if (!clause) {
    return ::testing::AssertionFailure()
           << "harness defect: Satisfies called outside a CONFORMANCE_TEST";
  }
  return judge(check::evaluate(*clause, observation), session().settings().strict);
}

}  // namespace

::testing::AssertionResult Satisfies(const check::Escalation& escalation) {
  return satisfies(escalation);
}
::testing::AssertionResult Satisfies(const check::Lookup& lookup) {
  return satisfies(lookup);
}
::testing::AssertionResult Satisfies(const check::Pair& pair) {
  return satisfies(pair);
}

}  // namespace ucwa::bridge
