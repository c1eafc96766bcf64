#include "bridge/satisfies.hpp"

#include "bridge/clause_registry.hpp"
#include "bridge/outcome.hpp"
#include "bridge/session.hpp"
#include "check/evaluate.hpp"

namespace ucwa::bridge {

namespace {

template <typename Observation>
::testing::AssertionResult satisfies(const Observation& observation) {
  const contract::Clause* clause = clause_of_current_test();
  if (!clause) {
    return settle({report::Status::error, std::string(report::kind::harness),
                   "harness defect: Satisfies called outside a CONFORMANCE_TEST"});
  }
  return settle(outcome_of(check::evaluate(*clause, observation), session().settings()));
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
::testing::AssertionResult Satisfies(const check::Channel& channel) {
  return satisfies(channel);
}

}  // namespace ucwa::bridge
