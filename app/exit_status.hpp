#pragma once

namespace ucwa::app {

// The exit statuses CI scripts build on (docs/reports.md).
enum ExitStatus : int {
  all_passed = 0,   // every executed test passed (warnings allowed)
  some_failed = 1,  // at least one test failed
  bad_usage = 2,    // bad usage or configuration
  unreachable = 3,  // the target or its control API could not be reached: nothing was tested
  nothing_ran = 4,  // a filter matched no test, or every selected test was skipped
};

}  // namespace ucwa::app
