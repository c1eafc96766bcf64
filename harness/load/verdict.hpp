#pragma once

// What a load run comes to: a testcase per judged clause and per threshold, the one place that
// decides each testcase's outcome (the JUnit file, the HTML page and the exit status follow it).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "load/record.hpp"

namespace ucwa::load {

enum class CaseOutcome {
  passed,
  warned,   // a SHOULD clause violated without --strict: passes, with a warning
  failed,   // a MUST clause violated (a SHOULD one too under --strict), or a threshold broken
  skipped,  // a clause no escalation was judged by
};

std::string_view to_string(CaseOutcome outcome);

struct LoadCase {
  std::string classname;  // "Load.<clause>", or "Load.Threshold"
  std::string name;       // "<clause> <promise>", or the threshold's name ("max-p99-ms")
  CaseOutcome outcome = CaseOutcome::passed;
  // One line: "[MUST] violated in 3 of 400 escalations", "observed 35.2 ms, limit 10 ms", why it
  // was skipped; "" when it passed.
  std::string message;
  std::optional<ClauseTally> clause;  // exactly one of the two is set
  std::optional<Threshold> threshold;
};

// The clauses in the record's order, then the thresholds in theirs.
std::vector<LoadCase> load_cases(const LoadRecord& record, bool strict);

struct LoadVerdict {
  std::uint64_t passed = 0;  // warned testcases included
  std::uint64_t failed = 0;
  std::uint64_t skipped = 0;
  std::uint64_t warned = 0;
  bool failed_run = false;  // a testcase failed: exit status 1
};

LoadVerdict judge(const LoadRecord& record, bool strict);

// "N passed, N failed, N skipped", the last line a run prints, as the main run's.
std::string plain_summary(const LoadVerdict& verdict);

// A threshold's figures as the reports show them: "35.2 ms", "0.0125" (the error rate).
std::string threshold_figure(const Threshold& threshold, double value);

}  // namespace ucwa::load
