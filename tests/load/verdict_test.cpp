#include "load/verdict.hpp"

#include <gtest/gtest.h>

namespace ucwa::load {
namespace {

ClauseTally tally(const std::string& clause, const std::string& level, std::uint64_t judged,
                  std::uint64_t violated) {
  ClauseTally tally;
  tally.clause = clause;
  tally.level = level;
  tally.promise = "The promise of " + clause + ".";
  tally.judged = judged;
  tally.violated = violated;
  return tally;
}

LoadRecord record_of(std::vector<ClauseTally> clauses, std::vector<Threshold> thresholds = {}) {
  LoadRecord record;
  record.clauses = std::move(clauses);
  record.thresholds = std::move(thresholds);
  return record;
}

TEST(LoadVerdict, AHeldClauseOrThresholdPasses) {
  const LoadRecord record =
      record_of({tally("ESC-RESP-1", "MUST", 400, 0), tally("AVI-PROP-9", "SHOULD", 400, 0)},
                {{.name = "max-p99-ms", .limit = 10, .observed = 10}});
  const LoadVerdict verdict = judge(record, true);
  EXPECT_EQ(verdict.passed, 3u);
  EXPECT_EQ(verdict.failed, 0u);
  EXPECT_FALSE(verdict.failed_run);
  EXPECT_EQ(plain_summary(verdict), "3 passed, 0 failed, 0 skipped");
}

TEST(LoadVerdict, AViolatedMustFailsTheRun) {
  const LoadRecord record =
      record_of({tally("ESC-RESP-1", "MUST", 400, 0), tally("LOAD-1", "MUST", 400, 3)});
  const LoadVerdict verdict = judge(record, false);
  EXPECT_EQ(verdict.failed, 1u);
  EXPECT_TRUE(verdict.failed_run);
  EXPECT_EQ(plain_summary(verdict), "1 passed, 1 failed, 0 skipped");
  const auto cases = load_cases(record, false);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[1].classname, "Load.LOAD-1");
  EXPECT_EQ(cases[1].name, "LOAD-1 The promise of LOAD-1.");
  EXPECT_EQ(cases[1].outcome, CaseOutcome::failed);
  EXPECT_EQ(cases[1].message, "[MUST] violated in 3 of 400 escalations");
  ASSERT_TRUE(cases[1].clause);
  EXPECT_EQ(cases[1].clause->clause, "LOAD-1");
}

TEST(LoadVerdict, AViolatedShouldWarnsUnlessStrict) {
  const LoadRecord record = record_of({tally("AVI-PROP-9", "SHOULD", 1, 1)});
  const LoadVerdict lenient = judge(record, false);
  EXPECT_EQ(lenient.passed, 1u);
  EXPECT_EQ(lenient.warned, 1u);
  EXPECT_FALSE(lenient.failed_run);
  EXPECT_EQ(load_cases(record, false)[0].outcome, CaseOutcome::warned);
  EXPECT_EQ(load_cases(record, false)[0].message,
            "[SHOULD] violated in 1 of 1 escalation (a warning; --strict fails it)");

  const LoadVerdict strict = judge(record, true);
  EXPECT_EQ(strict.failed, 1u);
  EXPECT_EQ(strict.warned, 0u);
  EXPECT_TRUE(strict.failed_run);
}

TEST(LoadVerdict, AClauseNothingReachedIsSkipped) {
  const LoadRecord record = record_of({tally("EVT-1", "MUST", 0, 0)});
  const LoadVerdict verdict = judge(record, true);
  EXPECT_EQ(verdict.skipped, 1u);
  EXPECT_FALSE(verdict.failed_run);
  EXPECT_EQ(plain_summary(verdict), "0 passed, 0 failed, 1 skipped");
}

TEST(LoadVerdict, ABrokenThresholdFailsWithLimitAndObserved) {
  const LoadRecord record =
      record_of({}, {{.name = "max-p99-ms", .limit = 0.001, .observed = 3.25},
                     {.name = "max-error-rate", .limit = 0, .observed = 0.0125}});
  const LoadVerdict verdict = judge(record, false);
  EXPECT_EQ(verdict.failed, 2u);
  EXPECT_TRUE(verdict.failed_run);
  const auto cases = load_cases(record, false);
  EXPECT_EQ(cases[0].classname, "Load.Threshold");
  EXPECT_EQ(cases[0].name, "max-p99-ms");
  EXPECT_EQ(cases[0].message, "observed 3.25 ms, limit 0.001 ms");
  EXPECT_EQ(cases[1].message, "observed 0.0125, limit 0");
  ASSERT_TRUE(cases[1].threshold);
}

TEST(LoadVerdict, NothingJudgedIsNoFailure) {
  const LoadVerdict verdict = judge(LoadRecord{}, true);
  EXPECT_FALSE(verdict.failed_run);
  EXPECT_EQ(plain_summary(verdict), "0 passed, 0 failed, 0 skipped");
}

}  // namespace
}  // namespace ucwa::load
