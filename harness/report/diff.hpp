#pragma once

#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// What changed between two runs, test by test.
struct RunDiff {
  std::vector<std::string> new_failures;  // failed now (fail), not failing or in error before
  std::vector<std::string> new_errors;    // in error now (transport, harness), not before
  std::vector<std::string> new_warnings;  // warned now, passed or was absent before
  std::vector<std::string> fixed;         // failed or in error before, passing now
  std::vector<std::string> disappeared;   // ran before, not now
  std::vector<std::string> now_skipped;   // passed before, skipped now

  // New failures, new errors, disappeared tests and tests that went from pass to skip all let a
  // gate pass that should not; under --strict new warnings do too.
  bool regressed(bool strict) const {
    return !new_failures.empty() || !new_errors.empty() || !disappeared.empty() ||
           !now_skipped.empty() || (strict && !new_warnings.empty());
  }
};

RunDiff diff_runs(const RunRecord& before, const RunRecord& after);
std::string describe(const RunDiff& diff, bool strict);

}  // namespace ucwa::report
