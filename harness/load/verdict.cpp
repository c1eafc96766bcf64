#include "load/verdict.hpp"

#include <cstdio>

namespace ucwa::load {
namespace {

// Six significant digits, no exponent for the figures a run produces: "35.25", "0.0125".
std::string figure(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

std::string escalations_text(std::uint64_t count) {
  return std::to_string(count) + (count == 1 ? " escalation" : " escalations");
}

LoadCase clause_case(const ClauseTally& tally, bool strict) {
  LoadCase judged;
  judged.classname = "Load." + tally.clause;
  judged.name = tally.promise.empty() ? tally.clause : tally.clause + " " + tally.promise;
  judged.clause = tally;
  const std::string level = "[" + tally.level + "] ";
  if (tally.judged == 0) {
    judged.outcome = CaseOutcome::skipped;
    judged.message = "not judged: no escalation came as far as this clause";
  } else if (tally.violated == 0) {
    judged.outcome = CaseOutcome::passed;
  } else {
    const bool fails = tally.level == "MUST" || strict;
    judged.outcome = fails ? CaseOutcome::failed : CaseOutcome::warned;
    judged.message = level + "violated in " + std::to_string(tally.violated) + " of " +
                     escalations_text(tally.judged) +
                     (fails ? "" : " (a warning; --strict fails it)");
  }
  return judged;
}

LoadCase threshold_case(const Threshold& threshold) {
  LoadCase judged;
  judged.classname = "Load.Threshold";
  judged.name = threshold.name;
  judged.threshold = threshold;
  judged.outcome = threshold.held() ? CaseOutcome::passed : CaseOutcome::failed;
  if (!threshold.held()) {
    judged.message = "observed " + threshold_figure(threshold, threshold.observed) + ", limit " +
                     threshold_figure(threshold, threshold.limit);
  }
  return judged;
}

}  // namespace

std::string_view to_string(CaseOutcome outcome) {
  switch (outcome) {
    case CaseOutcome::passed:
      return "passed";
    case CaseOutcome::warned:
      return "warned";
    case CaseOutcome::failed:
      return "failed";
    case CaseOutcome::skipped:
      return "skipped";
  }
  return "unknown";
}

std::string threshold_figure(const Threshold& threshold, double value) {
  return figure(value) + (threshold.name == "max-p99-ms" ? " ms" : "");
}

std::vector<LoadCase> load_cases(const LoadRecord& record, bool strict) {
  std::vector<LoadCase> cases;
  for (const ClauseTally& tally : record.clauses) cases.push_back(clause_case(tally, strict));
  for (const Threshold& threshold : record.thresholds) cases.push_back(threshold_case(threshold));
  return cases;
}

LoadVerdict judge(const LoadRecord& record, bool strict) {
  LoadVerdict verdict;
  for (const LoadCase& judged : load_cases(record, strict)) {
    switch (judged.outcome) {
      case CaseOutcome::warned:
        ++verdict.warned;
        ++verdict.passed;
        break;
      case CaseOutcome::passed:
        ++verdict.passed;
        break;
      case CaseOutcome::failed:
        ++verdict.failed;
        break;
      case CaseOutcome::skipped:
        ++verdict.skipped;
        break;
    }
  }
  verdict.failed_run = verdict.failed > 0;
  return verdict;
}

std::string plain_summary(const LoadVerdict& verdict) {
  return std::to_string(verdict.passed) + " passed, " + std::to_string(verdict.failed) +
         " failed, " + std::to_string(verdict.skipped) + " skipped";
}

}  // namespace ucwa::load
