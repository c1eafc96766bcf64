#pragma once

#include <string>

#include "report/record.hpp"

namespace ucwa::app {

// The console: one line per finished test, once, and the run's closing lines.
//   PASS  Created.EchoesOperationId/Json (3 ms)
//   WARN  Properties.X/Xml (2 ms)        then its findings, indented (hidden by --quiet)
//   FAIL  ... / ERROR ... (transport)    then the reason, indented (always shown)
//   SKIP  NotFound.X/Json (0 ms): the reason
class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet) {}

  void finished(const report::TestRecord& test) const;
  // The target cannot be reached: every test is recorded as not run, and the cause is said once
  // at the end rather than once per test.
  void hold_test_lines() { held_ = true; }

 private:
  bool quiet_;
  bool held_ = false;
};

// The line before the last, the whole picture:
// "FAIL · 240 passed (8 with warnings) · 18 failed · 0 errors · 2 skipped (2 not provoked) ·
//  0 waived · 0.6 s · reports/"
std::string picture_line(const report::Totals& totals, int exit_status, double seconds,
                         const std::string& reports);

}  // namespace ucwa::app
