#pragma once

#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// What changed between two runs, test by test.
struct RunDiff {
  std::vector<std::string> new_failures;  // failed or in error now, not before
  std::vector<std::string> fixed;         // failed or in error before, passing now
  std::vector<std::string> disappeared;   // ran before, not now
  std::vector<std::string> now_skipped;   // passed before, skipped now

  // New failures, disappeared tests and tests that went from pass to skip all let a gate
  // pass that should not.
  bool regressed() const {
    return !new_failures.empty() || !disappeared.empty() || !now_skipped.empty();
  }
};

RunDiff diff_runs(const RunRecord& before, const RunRecord& after);
std::string describe(const RunDiff& diff);

}  // namespace ucwa::report
