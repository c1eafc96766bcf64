// How a verdict becomes a test's outcome (bridge::outcome_of, the one mapping): MUST findings
// fail; SHOULD findings warn unless --strict; transport trouble and an answer in another format
// are errors that say so; an absent member skips as absent; a state the target could not be
// brought to skips as not provoked, and fails under --fail-on-skip. And the one order of
// statuses that every report shows the worst by.
#include "bridge/outcome.hpp"

#include <gtest/gtest.h>

#include "contract/catalogue.hpp"

namespace {

using namespace ucwa;
using report::Status;

check::Verdict verdict_of(const char* clause, check::Outcome outcome) {
  check::Verdict verdict;
  verdict.clause = contract::find_clause(clause);
  verdict.outcome = outcome;
  return verdict;
}

check::Verdict verdict_with(contract::Level level) {
  check::Verdict verdict = verdict_of("AVI-PROP-17", check::Outcome::violated);
  verdict.findings.push_back({"state", "absent", level});
  return verdict;
}

bridge::Settings gate(bool strict = false, bool fail_on_skip = false) {
  bridge::Settings settings;
  settings.strict = strict;
  settings.fail_on_skip = fail_on_skip;
  return settings;
}

TEST(OutcomeOf, MustFindingsFailAsMust) {
  const auto outcome = bridge::outcome_of(verdict_with(contract::Level::must), gate());
  EXPECT_EQ(outcome.status, Status::fail);
  EXPECT_EQ(outcome.kind, "MUST");
  EXPECT_NE(outcome.message.find("AVI-PROP-17"), std::string::npos);
  EXPECT_NE(outcome.message.find("[MUST] state: absent"), std::string::npos);
}

TEST(OutcomeOf, ShouldFindingsWarn) {
  const auto outcome = bridge::outcome_of(verdict_with(contract::Level::should), gate());
  EXPECT_EQ(outcome.status, Status::warn);
  EXPECT_NE(outcome.message.find("AVI-PROP-17"), std::string::npos);
}

TEST(OutcomeOf, ShouldFindingsFailAsShouldUnderStrict) {
  const auto outcome = bridge::outcome_of(verdict_with(contract::Level::should), gate(true));
  EXPECT_EQ(outcome.status, Status::fail);
  EXPECT_EQ(outcome.kind, "SHOULD");
}

TEST(OutcomeOf, TransportFailureIsAnErrorThatSaysTransport) {
  check::Verdict verdict = verdict_of("AVI-ECHO-1", check::Outcome::transport_failure);
  verdict.transport = "transport failure (connect_failed): refused";
  const auto outcome = bridge::outcome_of(verdict, gate());
  EXPECT_EQ(outcome.status, Status::error);
  EXPECT_EQ(outcome.kind, "transport");
  EXPECT_NE(outcome.message.find("transport failure"), std::string::npos);
}

TEST(OutcomeOf, AnswerInAnotherFormatIsNotJudged) {
  check::Verdict verdict = verdict_of("AVI-ECHO-1", check::Outcome::not_judged);
  verdict.not_judged = "asked for Xml, answered in Json";
  const auto outcome = bridge::outcome_of(verdict, gate());
  EXPECT_EQ(outcome.status, Status::error);
  EXPECT_EQ(outcome.kind, "not-judged");
  EXPECT_NE(outcome.message.find("asked for Xml"), std::string::npos);
}

TEST(OutcomeOf, NoFindingPasses) {
  check::Verdict verdict = verdict_of("AVI-ECHO-1", check::Outcome::satisfied);
  EXPECT_EQ(bridge::outcome_of(verdict, gate(true, true)).status, Status::pass);
}

TEST(OutcomeOf, AbsentMemberSkipsAsAbsentEvenUnderFailOnSkip) {
  check::Verdict verdict = verdict_of("AVI-PROP-18", check::Outcome::not_applicable);
  verdict.not_applicable = "the invitation has no subject";
  const auto outcome = bridge::outcome_of(verdict, gate(true, true));
  EXPECT_EQ(outcome.status, Status::skip);
  EXPECT_EQ(outcome.kind, "absent");
  EXPECT_NE(outcome.message.find("no subject"), std::string::npos);
}

TEST(OutcomeOf, NotProvokedSkipsAndFailsUnderFailOnSkip) {
  const auto skipped = bridge::not_provoked("the control API answered 501", gate());
  EXPECT_EQ(skipped.status, Status::skip);
  EXPECT_EQ(skipped.kind, "not-provoked");
  const auto failed = bridge::not_provoked("the control API answered 501", gate(false, true));
  EXPECT_EQ(failed.status, Status::fail);
  EXPECT_EQ(failed.kind, "not-provoked");
  EXPECT_NE(failed.message.find("501"), std::string::npos);
}

TEST(OutcomeOf, ControlApiTroubleByItsCause) {
  using Why = target::Unavailable::Why;
  EXPECT_EQ(bridge::outcome_of(target::Unavailable{Why::not_simulated, "501"}, gate()).kind,
            "not-provoked");
  EXPECT_EQ(bridge::outcome_of(target::Unavailable{Why::transport, "reset"}, gate()).kind,
            "transport");
  EXPECT_EQ(bridge::outcome_of(target::Unavailable{Why::refused, "500"}, gate()).kind, "harness");
}

TEST(StatusOrder, WorstFirst) {
  const Status order[] = {Status::fail, Status::error, Status::waived,
                          Status::warn, Status::skip,  Status::pass};
  for (std::size_t i = 0; i + 1 < std::size(order); ++i) {
    EXPECT_TRUE(report::worse(order[i], order[i + 1])) << report::to_string(order[i]);
    EXPECT_FALSE(report::worse(order[i + 1], order[i])) << report::to_string(order[i]);
  }
  EXPECT_FALSE(report::worse(Status::fail, Status::fail));
}

TEST(StatusNames, RoundTrip) {
  for (Status status :
       {Status::pass, Status::warn, Status::fail, Status::error, Status::skip, Status::waived}) {
    EXPECT_EQ(report::status_named(report::to_string(status)), status);
  }
  EXPECT_FALSE(report::status_named("flaky"));
}

}  // namespace
